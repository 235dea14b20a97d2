#!/usr/bin/env python3
"""A stand-in for the `annals` binary that echoes this set's gold rows: the stub of
Tests/Scripts/fixture_stub_annals.py, shared by the evaluation sets.

usage: python3 ../shared/eval/score.py --annals tools/stub_annals.py --corpus .
"""
import os, runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Scripts", "fixture_stub_annals.py"),
               run_name="__main__")
