#!/usr/bin/env node
// A committed shim so the bin exists at install time, before `dist/` is built.
import "../dist/cli.js";
