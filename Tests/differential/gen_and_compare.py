#!/usr/bin/env python3
"""Differential test of `policykit parse --json` against ruamel.yaml (YAML 1.2).

Generates random documents of the settings subset (nested block mappings and
sequences, compact `- k: v` / `- - x` items, every scalar style, literal and
folded block scalars with every chomping and indentation indicator, flow
collections over several lines, comments, blank lines, non-ASCII text, CRLF),
runs our binary on each, and compares its JSON with what ruamel.yaml reads.

ruamel.yaml composes the node tree (structure, scalar text and style); plain
scalars are then resolved here with the YAML 1.2 core schema regular
expressions. (ruamel's own 1.2 resolver differs from the core schema: it
accepts `_` in numbers, `0b` binary and leading-zero octal, so it is not used.)
Duplicate keys, which ruamel's composer does not check, are detected here.

Usage: gen_and_compare.py --binary PATH [--seed N] [--count N] [--jobs N] [--keep DIR]
Exit status 0 when every document agrees.
"""
import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

# ---------------------------------------------------------------- core schema

NULL_RE = re.compile(r'^(?:~|null|Null|NULL|)$')
BOOL_RE = re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$')
INT_RE = re.compile(r'^[-+]?[0-9]+$')
OCT_RE = re.compile(r'^0o[0-7]+$')
HEX_RE = re.compile(r'^0x[0-9a-fA-F]+$')
FLOAT_RE = re.compile(r'^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$')
INF_RE = re.compile(r'^[-+]?\.(?:inf|Inf|INF)$')
NAN_RE = re.compile(r'^\.(?:nan|NaN|NAN)$')


class NotJSON(Exception):
    """A value JSON cannot hold (.inf, .nan): our tool must reject the document."""


def resolve_plain(text):
    if NULL_RE.match(text):
        return None
    if BOOL_RE.match(text):
        return text.lower() == 'true'
    if INT_RE.match(text):
        return int(text)
    if OCT_RE.match(text):
        return int(text[2:], 8)
    if HEX_RE.match(text):
        return int(text[2:], 16)
    if FLOAT_RE.match(text):
        return float(text)
    if INF_RE.match(text) or NAN_RE.match(text):
        raise NotJSON(text)
    return text


def float_key_text(text):
    """The key text our tool prints for a float key (mirrors CoreSchema.keyText)."""
    m = re.match(r'^([-+]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?)([0-9]+))?$', text)
    sign, whole, frac, esign, exp = m.groups()
    whole = whole.lstrip('0') or '0'
    out = ('-' if sign == '-' else '') + whole + '.' + (frac or '0')
    if exp is not None:
        out += 'e' + ('-' if esign == '-' else '') + exp
    return out


def key_text(node):
    if not isinstance(node, ScalarNode):
        raise ValueError('non-scalar key')
    if node.style is not None:
        return node.value
    text = node.value
    value = resolve_plain(text)
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_key_text(text)
    return value


class Duplicate(Exception):
    pass


def to_json(node):
    if isinstance(node, ScalarNode):
        if node.style is None:
            return resolve_plain(node.value)
        return node.value
    if isinstance(node, SequenceNode):
        return [to_json(item) for item in node.value]
    if isinstance(node, MappingNode):
        out = {}
        for k, v in node.value:
            key = key_text(k)
            if key in out:
                raise Duplicate(key)
            out[key] = to_json(v)
        return out
    raise ValueError('unexpected node %r' % node)


def oracle(text):
    """('ok', value) or ('error', why) as ruamel.yaml reads `text`."""
    yaml = YAML(typ='safe', pure=True)
    yaml.version = (1, 2)
    try:
        node = yaml.compose(text)
    except Exception as e:  # ruamel raises many error types
        return ('error', type(e).__name__ + ': ' + str(e).split('\n')[0])
    if node is None:
        return ('empty', None)
    try:
        return ('ok', to_json(node))
    except (NotJSON, Duplicate, ValueError) as e:
        return ('error', type(e).__name__ + ': ' + str(e))


# ---------------------------------------------------------------- generator

WORDS = ['alpha', 'beta', 'gamma', 'staff', 'client', 'policy', 'Caf\u00e9', '\u00fcber',
         '\u65e5\u672c', '\u0645\u0631\u062d\u0628\u0627', 'emoji\U0001F600', 'x', 'a-b', 'a_b', 'C++',
         'e-mail', 'v1.2', 'key.with.dots', 'semi;colon', 'per%cent', 'at@sign', 'q?mark',
         'dash-', 'a:b', 'a#b', 'http://x.org/a?b=c#d', '50%', '$5', '(paren)', 'x!']
SCALAR_WORDS = ['~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'false', 'yes', 'no', 'on',
                '0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0xfF', '0b101', '1_000',
                '1.5', '-2.25', '.5', '+.5', '1.', '1e3', '1.5E-3', '-1e+10', '12e', '.', '+',
                '-', '1.2.3', '0x', 'NaN', 'Infinity', '12:30', '2024-01-01', '1,000',
                '123456789012345678901234567890', '0x123456789abcdef0123']
INDICATOR_STARTS = ['-x', '?x', ':x', '-1', '--', '-.5']
SPECIALS = [' ', '  ', ':', '#', ' #', ': ', "'", '"', '\\', ',', '[', ']', '{', '}', '\t',
            '&', '*', '!', '|', '>', '%', '@', '`', '-', '?']


def rand_text(r, allow_special=True, length=None):
    parts = []
    for _ in range(length or r.randint(1, 4)):
        if allow_special and r.random() < 0.3:
            parts.append(r.choice(SPECIALS))
        else:
            parts.append(r.choice(WORDS))
        if r.random() < 0.5:
            parts.append(' ')
    return ''.join(parts).strip(' ') or 'w'


def plain_ok(s, flow):
    """Whether `s` can be written as a single-line plain scalar meaning itself."""
    if not s or s != s.strip(' \t'):
        return False
    if s[0] in ',[]{}#&*!|>\'"%@`':
        return False
    if s[0] in '-?:' and (len(s) == 1 or s[1] in ' \t' or (flow and s[1] in ',[]{}')):
        return False
    if flow and s[0] in '?:':
        # YAML 1.2 reads `[?x]` and `[:x]` as plain scalars (yaml-test-suite 652Z,
        # HM87, 58MP agree, and so do we); ruamel.yaml, like libyaml, wrongly takes
        # the '?' or ':' for an indicator there, so such documents are not generated.
        return False
    if ': ' in s or ' #' in s or s.endswith(':') or '\t' in s or '\n' in s:
        return False
    if flow and (any(c in s for c in ',[]{}') or re.search(r':[,\[\]{}]', s)):
        return False
    if s in ('---', '...') or s.startswith('--- ') or s.startswith('... '):
        return False
    return True


def single_quoted(r, s, indent):
    body = s.replace("'", "''")
    if ' ' in body and r.random() < 0.3 and '\n' not in body:
        # Fold at a space: one line break reads as a space.
        words = body.split(' ')
        if all(words):
            k = r.randint(1, len(words) - 1) if len(words) > 1 else 0
            if k:
                return "'" + ' '.join(words[:k]) + '\n' + ' ' * (indent + 1) + ' '.join(words[k:]) + "'"
    return "'" + body.replace('\n', '\n\n' + ' ' * (indent + 1)) + "'"


ESCAPES = {'\n': '\\n', '\t': '\\t', '"': '\\"', '\\': '\\\\', '\r': '\\r', '\0': '\\0',
           '\x07': '\\a', '\x08': '\\b', '\x0b': '\\v', '\x0c': '\\f', '\x1b': '\\e',
           '\x85': '\\N', '\xa0': '\\_', '\u2028': '\\L', '\u2029': '\\P'}


def double_quoted(r, s, indent):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ch == '/' and r.random() < 0.5:
            out.append('\\/')
        elif ch == ' ' and r.random() < 0.1:
            out.append('\\ ')
        elif ord(ch) > 0x7f and r.random() < 0.3:
            code = ord(ch)
            if code <= 0xff and r.random() < 0.5:
                out.append('\\x%02x' % code)
            elif code <= 0xffff:
                out.append('\\u%04X' % code)
            else:
                out.append('\\U%08x' % code)
        elif ord(ch) < 0x20:
            out.append('\\x%02X' % ord(ch))
        else:
            out.append(ch)
    body = ''.join(out)
    if r.random() < 0.2:
        # An escaped line break joins the lines without a space.
        k = r.randint(0, len(body))
        if not body[:k].endswith('\\'):
            body = body[:k] + '\\\n' + ' ' * (indent + 1) + body[k:].lstrip(' \t')
    elif ' ' in body and r.random() < 0.2:
        i = body.find(' ')
        if i > 0 and body[i - 1] not in ' \\' and i + 1 < len(body) and body[i + 1] not in ' ':
            body = body[:i] + '\n' + ' ' * (indent + 1) + body[i + 1:]
    return '"' + body + '"'


def block_scalar(r, lines, indent, folded):
    """A block scalar header and body, content at indent+step."""
    step = r.randint(1, 3)
    content_indent = indent + step if indent >= 0 else step
    chomp = r.choice(['', '-', '+'])
    needs_indicator = any(l[:1] in (' ', '\t') for l in lines if l) or (lines and lines[0] == '' and r.random() < 0.5)
    if indent < 0:
        content_indent = step
    indicator = str(content_indent - max(indent, 0)) if (needs_indicator or r.random() < 0.3) else ''
    if indicator and not (1 <= int(indicator) <= 9):
        indicator = ''
        if needs_indicator:
            return None
    header = ('>' if folded else '|') + (indicator + chomp if r.random() < 0.5 else chomp + indicator)
    if r.random() < 0.2:
        header += ' # header comment'
    body = []
    seen_text = False
    for l in lines:
        seen_text = seen_text or bool(l)
        # Empty lines get a few spaces, except before the first text line: ruamel.yaml
        # 0.19 wrongly rejects those ("more indented follow up line than first in a
        # block scalar"), while YAML 1.2 (8.1.1.1) allows any number up to the
        # content indentation; our unit tests cover that case instead.
        spaces = ' ' * r.randint(0, content_indent) if (seen_text and r.random() < 0.3) else ''
        body.append((' ' * content_indent + l) if l else spaces)
    trailing = r.choice(['\n', '\n', '\n\n', '\n   \n'])
    return header + '\n' + '\n'.join(body) + trailing


def rand_block_lines(r):
    lines = []
    for _ in range(r.randint(1, 5)):
        k = r.random()
        if k < 0.15:
            lines.append('')
        elif k < 0.3:
            lines.append(' ' * r.randint(1, 3) + rand_text(r))
        elif k < 0.35:
            lines.append('\t' + rand_text(r))
        else:
            lines.append(rand_text(r))
    if not any(lines):
        lines.append('text')
    return lines


class Gen:
    def __init__(self, r):
        self.r = r

    def comment(self):
        return ' # ' + rand_text(self.r) if self.r.random() < 0.15 else ''

    def scalar_text(self):
        r = self.r
        k = r.random()
        if k < 0.35:
            return r.choice(SCALAR_WORDS)
        if k < 0.45:
            return r.choice(INDICATOR_STARTS)
        return rand_text(r)

    def inline_scalar(self, indent, flow=False):
        """A scalar written on the current line (possibly continuing below)."""
        r = self.r
        s = self.scalar_text()
        k = r.random()
        if k < 0.55 and plain_ok(s, flow):
            if not flow and ' ' in s and r.random() < 0.15:
                words = s.split(' ')
                if all(words) and len(words) > 1 and not any(w.startswith('#') for w in words):
                    k2 = r.randint(1, len(words) - 1)
                    rest = ' '.join(words[k2:])
                    if plain_ok(rest, flow) and not rest.startswith('#'):
                        gap = '\n' * r.randint(1, 2)
                        return ' '.join(words[:k2]) + gap + ' ' * (indent + 1) + rest
            return s
        if k < 0.75:
            return single_quoted(r, s, indent)
        if r.random() < 0.3:
            s += r.choice(['\n', '\t', '\x07', '\u00e9', '\U0001F600', '/', '\u2028', '\0', 'a\n\nb'])
        return double_quoted(r, s, indent)

    def key(self, flow=False):
        r = self.r
        s = r.choice(WORDS) if r.random() < 0.8 else self.scalar_text()
        if plain_ok(s, flow) and r.random() < 0.8:
            return s
        if r.random() < 0.5:
            return "'" + s.replace("'", "''") + "'"
        return double_quoted_oneline(s)

    def flow(self, depth, indent):
        r = self.r
        seq = r.random() < 0.5
        items = []
        for _ in range(r.randint(0, 4)):
            if depth < 3 and r.random() < 0.25:
                v = self.flow(depth + 1, indent)
            else:
                v = self.flow_scalar(indent)
            if seq:
                if r.random() < 0.1:
                    v = self.key(flow=True) + ': ' + self.flow_scalar(indent)
                items.append(v)
            else:
                if r.random() < 0.1:
                    items.append(self.key(flow=True))
                else:
                    items.append(self.key(flow=True) + ': ' + v)
        seps = []
        for _ in items:
            if r.random() < 0.2:
                seps.append(',' + self.comment_or_nothing() + '\n' + ' ' * (indent + 1 + r.randint(0, 2)))
            else:
                seps.append(', ')
        body = ''
        for i, item in enumerate(items):
            body += item
            if i < len(items) - 1:
                body += seps[i]
        if items and r.random() < 0.1:
            body += ','
        open_, close = ('[', ']') if seq else ('{', '}')
        return open_ + body + close

    def comment_or_nothing(self):
        return ' # c' if self.r.random() < 0.3 else ''

    def flow_scalar(self, indent):
        r = self.r
        s = self.scalar_text()
        if plain_ok(s, True) and r.random() < 0.6:
            return s
        if r.random() < 0.5:
            return "'" + s.replace("'", "''") + "'"
        return double_quoted_oneline(s)

    def value_after_indicator(self, depth, indent, in_seq):
        """Text following `key:` or `-` (starting with a space or newline)."""
        r = self.r
        k = r.random()
        if depth < 5 and k < 0.35:
            child_indent = indent + r.randint(1, 3)
            if in_seq and r.random() < 0.4:
                # Compact collection on the dash's line.
                child_indent = indent + 2
                if r.random() < 0.5:
                    return ' ' + self.block_seq(depth + 1, child_indent)[child_indent:]
                return ' ' + self.block_map(depth + 1, child_indent)[child_indent:]
            if not in_seq and r.random() < 0.3:
                child_indent = indent  # a sequence may sit at its key's indentation
                return self.comment() + '\n' + self.block_seq(depth + 1, child_indent)
            if r.random() < 0.5:
                return self.comment() + '\n' + self.block_seq(depth + 1, child_indent)
            return self.comment() + '\n' + self.block_map(depth + 1, child_indent)
        if k < 0.45:
            return ' ' + self.flow(0, indent) + self.comment() + '\n'
        if k < 0.55:
            b = block_scalar(r, rand_block_lines(r), indent, r.random() < 0.5)
            if b is not None:
                return ' ' + b
        if k < 0.6:
            return self.comment() + '\n'  # empty value: null
        if k < 0.65:
            return '\n' + ' ' * (indent + r.randint(1, 3)) + self.inline_scalar(indent) + self.comment() + '\n'
        return ' ' + self.inline_scalar(indent) + self.comment() + '\n'

    def block_map(self, depth, indent):
        r = self.r
        out = ''
        for i in range(r.randint(1, 4)):
            # The first entry may follow a '- ' on the same line: nothing before it.
            if i and r.random() < 0.1:
                out += ' ' * r.randint(0, indent + 2) + '# ' + rand_text(r) + '\n'
            if i and r.random() < 0.1:
                out += '\n'
            out += ' ' * indent + self.key() + ':' + self.value_after_indicator(depth, indent, False)
        return out

    def block_seq(self, depth, indent):
        r = self.r
        out = ''
        for i in range(r.randint(1, 4)):
            if i and r.random() < 0.1:
                out += '\n'
            out += ' ' * indent + '-' + self.value_after_indicator(depth, indent, True)
        return out

    def document(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            body = self.block_map(0, 0)
        elif k < 0.8:
            body = self.block_seq(0, 0)
        elif k < 0.9:
            body = self.flow(0, -1) + '\n'
        else:
            body = self.inline_scalar(-1) + '\n'
        if r.random() < 0.2:
            body = '---' + ('\n' if not body.startswith(' ') else '') + body
            if r.random() < 0.3:
                body += '...\n'
        if r.random() < 0.2:
            body = '# settings\n' + body
        if r.random() < 0.1:
            body = body.replace('\n', '\r\n')
        if r.random() < 0.05:
            body = '\ufeff' + body
        return body


def double_quoted_oneline(s):
    return '"' + ''.join(ESCAPES.get(c, c) for c in s) + '"'


# ---------------------------------------------------------------- comparison

def ours(binary, text):
    p = subprocess.run([binary, 'parse', '--json', '-'], input=text.encode('utf-8'),
                       capture_output=True, timeout=20)
    if p.returncode == 0:
        out = p.stdout.decode('utf-8')
        if out.strip() == '':
            return ('empty', None)
        return ('ok', json.loads(out))
    if p.returncode == 1:
        return ('error', p.stderr.decode('utf-8', 'replace').strip().split('\n')[0])
    return ('crash', 'exit %d: %s' % (p.returncode, p.stderr.decode('utf-8', 'replace')[-300:]))


def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b if isinstance(a, bool) and isinstance(b, bool) else False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or (isinstance(a, float) and isinstance(b, float) and math.isclose(a, b, rel_tol=1e-15))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a.keys()) == list(b.keys()) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) == type(b) and a == b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--binary', required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=1000)
    ap.add_argument('--jobs', type=int, default=4)
    ap.add_argument('--keep', help='write disagreeing documents here')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()

    docs = []
    for i in range(args.count):
        r = random.Random(args.seed * 1_000_003 + i)
        docs.append(Gen(r).document())

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        got = list(pool.map(lambda d: ours(args.binary, d), docs))

    counts = {'agree-value': 0, 'agree-error': 0, 'rejected-valid': 0}
    failures = []
    for i, (doc, mine) in enumerate(zip(docs, got)):
        want = oracle(doc)
        if mine[0] == 'crash':
            failures.append((i, 'crash', doc, mine, want))
        elif want[0] == 'error' and mine[0] == 'error':
            counts['agree-error'] += 1
        elif want[0] == 'error':
            failures.append((i, 'accepted-invalid', doc, mine, want))
        elif mine[0] == 'error':
            # Valid YAML we refuse: allowed by the golden rule only if deliberate,
            # so it is reported and counted as a failure too.
            counts['rejected-valid'] += 1
            failures.append((i, 'rejected-valid', doc, mine, want))
        elif mine[0] != want[0] or not same(mine[1], want[1]):
            failures.append((i, 'mismatch', doc, mine, want))
        else:
            counts['agree-value'] += 1

    for i, kind, doc, mine, want in failures[:10]:
        print('--- document %d: %s' % (i, kind))
        print(doc)
        print('ours:   %s' % json.dumps(mine, ensure_ascii=False)[:600])
        print('ruamel: %s' % json.dumps(want, ensure_ascii=False)[:600])
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        for i, kind, doc, _, _ in failures:
            with open(os.path.join(args.keep, '%d-%s.yaml' % (i, kind)), 'w', encoding='utf-8', newline='') as f:
                f.write(doc)
    print('documents: %d  agree (value): %d  agree (both reject): %d  disagree: %d'
          % (len(docs), counts['agree-value'], counts['agree-error'], len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
