#!/usr/bin/env node
require('../dist/strategy-lint.js').cli();
