#!/usr/bin/env python3
"""Validate the blind40 evaluation set: the checks of Tests/Scripts/fixture_validate.py, shared
by the sets written after blind19, run on this folder.

usage: python3 tools/validate.py [CORPUS_DIR]   (default: the folder above tools/)
"""
import os, runpy, sys

tools = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) < 2:
    sys.argv.append(os.path.dirname(tools))
runpy.run_path(os.path.join(tools, "..", "..", "..", "Scripts", "fixture_validate.py"), run_name="__main__")
