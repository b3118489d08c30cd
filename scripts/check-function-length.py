#!/usr/bin/env python3
"""Lists the functions of a folder's .cc files longer than a limit, and exits 1 when there is one.

The CLI only parses options, calls the library and prints (../shared/DESIGN.md): a long function in
src/cli/ is pipeline logic that belongs in the library. A function here is a brace block at the top
level of its namespaces (lambdas and classes inside it count as part of it); string and character
literals and // comments are ignored when braces are counted.

  scripts/check-function-length.py DIR MAX_LINES
"""
import glob
import os
import re
import sys


def functions(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    found, stack, start = [], [], None
    for number, line in enumerate(lines, 1):
        code = line.split('//')[0]
        code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
        code = re.sub(r"'(\\.|[^'\\])'", "''", code)
        for ch in code:
            if ch == '{':
                opening = code.split('{')[0]
                namespace = re.match(r'\s*(namespace\b[\w:\s]*|extern "C"\s*)$', opening) is not None
                if not namespace and start is None and all(k == 'ns' for k in stack):
                    # The function starts where its signature does, lines above the brace.
                    start = number
                    while start > 1:
                        above = lines[start - 2].strip()
                        if not above or above.endswith((';', '}', '{')) or above.startswith(('//', '#')):
                            break
                        start -= 1
                stack.append('ns' if namespace else 'block')
            elif ch == '}' and stack:
                kind = stack.pop()
                if kind == 'block' and start is not None and all(k == 'ns' for k in stack):
                    found.append((start, number, lines[start - 1].strip()))
                    start = None
    return found


def main():
    folder, limit = sys.argv[1], int(sys.argv[2])
    long = []
    for path in sorted(glob.glob(os.path.join(folder, '*.cc'))):
        for first, last, head in functions(path):
            # A table at namespace scope ("const std::vector<OptionSpec> kSpecs = {") is data.
            if last - first + 1 > limit and not re.search(r'=\s*\{$', head):
                long.append(f'{path}:{first}: {last - first + 1} lines: {head}')
    for entry in long:
        print(entry)
    print(f'function length: {len(long)} function(s) in {folder} longer than {limit} lines')
    return 1 if long else 0


if __name__ == '__main__':
    sys.exit(main())
