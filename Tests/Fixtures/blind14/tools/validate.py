#!/usr/bin/env python3
"""Validate the blind14 evaluation set: the checks of Tests/Scripts/fixture_validate.py, shared
by the evaluation sets, run on this folder with its three-digit file names.

usage: python3 tools/validate.py [CORPUS_DIR]   (default: the folder above tools/)
"""
import os, runpy, sys

tools = os.path.dirname(os.path.abspath(__file__))
sys.argv.insert(1, "--three-digit-names")
if len(sys.argv) < 3:
    sys.argv.append(os.path.dirname(tools))
runpy.run_path(os.path.join(tools, "..", "..", "..", "Scripts", "fixture_validate.py"), run_name="__main__")
