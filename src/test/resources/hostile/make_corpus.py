#!/usr/bin/env python3
"""Writes the hostile-input corpus of issue #21 (files and cases.tsv) into this folder.

Run from this folder: python3 make_corpus.py. HostileInputCorpusTest reads cases.tsv:
id, exit code, regex for the first line of stderr, arguments ({c} corpus, {t} scratch, @gen inputs).
"""
import random

BASE = open('base.yaml').read()
cases = []

def case(id, exit, first, args):
    cases.append((id, exit, first, args))

def strategies(block):
    i = BASE.index('strategies:'); j = BASE.index('report:')
    return BASE[:i] + 'strategies:\n' + block + '\n' + BASE[j:]

def yaml(name, text, first, cmds=('validate',)):
    """A scenario file and one case per command; first is the regex after the file name."""
    open(name, 'w', newline='').write(text)
    for cmd in cmds:
        cid = name.rsplit('.', 1)[0] + ('' if cmd == 'validate' else '-' + cmd)
        args = 'validate {c}/' + name if cmd == 'validate' else cmd + ' {c}/' + name + ' --out {t}/out -q'
        case(cid, 2, '.*' + name.replace('.', r'\.') + first, args)

# ---- strategies that validate accepted but compare rejected -------------------------------
dups = {
    'dup-arms-random': '  - { name: control, type: holdout }\n  - { name: r, type: random, arms: [none, none] }',
    'dup-arms-ab': '  - { name: control, type: holdout }\n  - { name: ab, type: ab_test, arms: [none, ten_off, ten_off] }',
    'dup-arms-eps': '  - { name: control, type: holdout }\n  - { name: e, type: epsilon_greedy, arms: [ten_off, none, ten_off] }',
    'dup-arms-ucb': '  - { name: control, type: holdout }\n  - { name: u, type: ucb1, arms: [free_ship, free_ship] }',
    'dup-arms-ts': '  - { name: control, type: holdout }\n  - { name: t, type: thompson, arms: [none, none, none] }',
    'dup-arms-linucb': '  - { name: control, type: holdout }\n  - { name: l, type: linucb, arms: [none, ten_off, none] }',
    'dup-arms-lints': '  - { name: control, type: holdout }\n  - { name: l, type: lin_ts, arms: [ten_off, ten_off] }',
    'dup-arms-oracle': '  - { name: control, type: holdout }\n  - { name: o, type: oracle, arms: [none, none] }',
    'dup-arms-uplift': '  - { name: control, type: holdout }\n  - { name: u, type: uplift, arms: [ten_off, ten_off] }',
    'dup-arms-nba': '  - { name: control, type: holdout }\n  - { name: n, type: next_best_action, arms: ["email:ten_off", "email:ten_off"] }',
    'dup-offers-mvt': '  - { name: control, type: holdout }\n  - { name: m, type: multivariate, offers: [none, none] }',
    'dup-hours-mvt': '  - { name: control, type: holdout }\n  - { name: m, type: multivariate, hours: [10, 10] }',
    'dup-channels-mvt': '  - { name: control, type: holdout }\n  - { name: m, type: multivariate, channels: [email, email] }',
}
for n, block in dups.items():
    yaml(n + '.yaml', strategies(block), r':\d+:\d+: strategy \'\w+\' lists \w+ \'[^\']+\' twice in \w+; expected .*',
         ('validate', 'compare') if n in ('dup-arms-random', 'dup-arms-ts', 'dup-offers-mvt') else ('validate',))
yaml('oracle-only.yaml', strategies('  - { name: o, type: oracle, arms: [none, ten_off] }'),
     r':\d+:\d+: strategies has only the oracle, .*; expected at least one strategy besides the oracle.*', ('validate', 'compare'))
yaml('two-oracles-only.yaml', strategies('  - { name: o1, type: oracle, arms: [none, ten_off] }\n  - { name: o2, type: oracle, arms: [none] }'),
     r':\d+:\d+: strategies has only the oracle.*', ('validate', 'compare'))
case('strategies-only-oracle', 2, r'campaignsim: --strategies names only the oracle \(oracle\), .*',
     'compare {c}/base.yaml --strategies oracle --out {t}/out -q')
case('strategies-only-oracle-twice', 2, r'campaignsim: --strategies names .*',
     'compare {c}/base.yaml --strategies oracle,oracle --out {t}/out -q')
case('strategies-unknown', 2, r"campaignsim: --strategies names 'orcale' \(did you mean 'oracle'\?\).*",
     'compare {c}/base.yaml --strategies orcale --out {t}/out -q')
case('strategies-repeated', 2, r"campaignsim: --strategies names 'control' twice; expected .*",
     'compare {c}/base.yaml --strategies control,control --out {t}/out -q')

# ---- category arms and the catalog (issue #18) -------------------------------------------------
yaml('arm-unknown-category.yaml', strategies('  - { name: control, type: holdout }\n  - { name: r, type: random, arms: ["email:helmets"] }'),
     r":\d+:\d+: strategy 'r' arm 'email:helmets' names 'helmets', which is not a declared offer or category; "
     r"expected .*of the categories: apparel, shoes, accessories, home.*", ('validate', 'compare'))
yaml('arm-typo-category.yaml', strategies('  - { name: control, type: holdout }\n  - { name: n, type: next_product, arms: ["email:shoez"] }'),
     r":\d+:\d+: strategy 'n' arm 'email:shoez' names 'shoez', which is not a declared offer or category \(did you mean 'shoes'\?\).*")
yaml('arm-two-categories.yaml', strategies('  - { name: control, type: holdout }\n  - { name: r, type: random, arms: ["email:shoes:home"] }'),
     r":\d+:\d+: strategy 'r' arm 'email:shoes:home' names two categories; expected at most one offer and one category.*")
yaml('arm-bundle-same-category.yaml', strategies('  - { name: control, type: holdout }\n  - { name: r, type: random, arms: ["email:shoes+shoes"] }'),
     r":\d+:\d+: strategy 'r' arm 'email:shoes\+shoes' bundle 'shoes\+shoes' does not name two different declared categories; "
     r"expected two of the categories joined by '\+', e.g. apparel\+shoes", ('validate', 'compare'))
yaml('arm-bundle-unknown-category.yaml', strategies('  - { name: control, type: holdout }\n  - { name: n, type: next_product, arms: ["email:shoes+hats"] }'),
     r":\d+:\d+: strategy 'n' arm 'email:shoes\+hats' bundle 'shoes\+hats' does not name two different declared categories; .*")
yaml('next-product-no-category.yaml', strategies('  - { name: control, type: holdout }\n  - { name: n, type: next_product, arms: ["email:ten_off"] }'),
     r":\d+:\d+: strategy 'n' arm 'email:ten_off' names no category, which next_product chooses; expected .*", ('validate', 'compare'))
yaml('catalog-conversion-unknown.yaml', BASE.replace('  affinity_correlation: 0.5\n', '  affinity_correlation: 0.5\n  conversion: { shoos: 2.0 }\n'),
     r":\d+:\d+: catalog.conversion names category 'shoos', which is not in catalog.categories \(did you mean 'shoes'\?\); expected one of the categories: apparel, shoes, accessories, home")
yaml('catalog-leads-to-negative.yaml', BASE.replace('  affinity_correlation: 0.5\n', '  affinity_correlation: 0.5\n  leads_to: { shoes: { accessories: -1 } }\n'),
     r":\d+:\d+: catalog.leads_to.shoes.accessories is -1, out of range; expected a number between 0 and 100")

# ---- names and paths --------------------------------------------------------------------------
def named(n):
    return BASE.replace('name: hostile', 'name: ' + n, 1)
yaml('name-101.yaml', named('a' * 101), r":1:7: name 'a+\.\.\.' is 101 characters long; expected a name of at most 100 characters.*", ('validate', 'simulate', 'compare'))
yaml('name-300.yaml', named('b' * 300), r":1:7: name 'b+\.\.\.' is 300 characters long; expected .*")
yaml('name-5000.yaml', named('c' * 5000), r":1:7: name 'c+\.\.\.' is 5000 characters long; expected .*", ('validate', 'simulate'))
yaml('name-slash.yaml', named('"a/b"'), r":1:7: name 'a/b' is not a valid name; expected .*", ('validate', 'simulate'))
yaml('name-dotdot.yaml', named('"../escape"'), r":1:7: name '\.\./escape' is not a valid name; expected .*", ('validate', 'compare'))
yaml('name-space.yaml', named('"a b"'), r":1:7: name 'a b' is not a valid name; expected .*")
yaml('name-newline.yaml', named('"a\\nb"'), r":1:7: name 'a\\nb' is not a valid name; expected .*")
yaml('name-hidden.yaml', named('".hidden"'), r":1:7: name '\.hidden' is not a valid name; expected .*")
yaml('name-backslash.yaml', named('"a\\\\b"'), r":1:7: name 'a\\b' is not a valid name; expected .*")
yaml('name-colon.yaml', named('"con:1"'), r":1:7: name 'con:1' is not a valid name; expected .*")
yaml('name-unicode.yaml', named('"naïve"'), r":1:7: name 'naïve' is not a valid name; expected .*")
yaml('segment-name-long.yaml', BASE.replace('name: loyal', 'name: ' + 'l' * 150), r":\d+:\d+: population\.segments\[0\]\.name 'l+\.\.\.' is 150 characters long; expected .*")
yaml('strategy-name-long.yaml', BASE.replace('name: control', 'name: ' + 's' * 120), r":\d+:\d+: strategies\[0\]\.name 's+\.\.\.' is 120 characters long; expected .*")
def out(o):
    return BASE.replace('out: reports/hostile', 'out: ' + o)
yaml('out-proc.yaml', out('/proc/campaignsim'), r":\d+:\d+: report\.out '/proc/campaignsim' is inside /proc, a kernel file system, not storage; expected .*", ('validate', 'simulate'))
yaml('out-sys.yaml', out('/sys/kernel/campaignsim'), r":\d+:\d+: report\.out '/sys/kernel/campaignsim' is inside /sys.*", ('validate', 'compare'))
yaml('out-dev.yaml', out('/dev/campaignsim'), r":\d+:\d+: report\.out '/dev/campaignsim' is inside /dev.*")
yaml('out-long-name.yaml', out('reports/' + 'x' * 230), r":\d+:\d+: report\.out 'reports/x+' has a name of 230 bytes, too long .*", ('validate', 'simulate'))
yaml('out-long-path.yaml', out('/'.join(['reports'] + ['d' * 150] * 30)), r":\d+:\d+: report\.out '.*' is \d+ bytes long as an absolute path; expected at most 3800 .*")
yaml('out-control-char.yaml', out('"reports/a\\tb"'), r":\d+:\d+: report\.out 'reports/a\\tb' contains a line break or another control character.*")

# ---- YAML: junk after the document end, tags, parser limits -----------------------------------
yaml('junk-after-end.yaml', BASE + '...\njunk: [\n', r":(\d+):1: text after the document end '\.\.\.' at line \d+; expected .*", ('validate', 'simulate'))
yaml('junk-same-line.yaml', BASE + '... junk\n', r":\d+:5: text after the document end '\.\.\.'; expected .*")
yaml('junk-second-doc.yaml', BASE + '...\n---\nname: other\n', r":\d+:1: a second YAML document follows \(after '\.\.\.' at line \d+\); expected .*")
yaml('junk-directive.yaml', BASE + '...\n%YAML 1.1\n', r":\d+:1: text after the document end '\.\.\.' at line \d+; expected .*")
yaml('junk-quote.yaml', BASE + '...\n"unterminated\n', r":\d+:1: text after the document end .*")
yaml('junk-indented.yaml', BASE + '...\n\n   # fine\n   junk\n', r":\d+:4: text after the document end .*")
yaml('junk-crlf.yaml', (BASE + '...\r\njunk\r\n').replace('\n', '\r\n').replace('\r\r', '\r'), r":\d+:1: text after the document end .*")
yaml('second-doc.yaml', BASE + '---\nname: other\n', r":\d+:1: a second YAML document follows; expected .*")
yaml('tag-scalar.yaml', BASE.replace('seed: 7', 'seed: !custom 7'), r":3:7: YAML tag '!custom' at seed is not supported; expected .*", ('validate', 'simulate'))
yaml('tag-mapping.yaml', BASE.replace('economics:', 'economics: !money'), r":\d+:\d+: YAML tag '!money' at economics is not supported.*")
yaml('tag-list.yaml', BASE.replace('categories: [', 'categories: !set ['), r":\d+:\d+: YAML tag '!set' at catalog\.categories is not supported.*")
yaml('tag-python.yaml', BASE.replace('seed: 7', 'seed: !!python/object:os.system 7'), r":3:7: YAML tag '!!python/object:os\.system' at seed is not supported.*")
yaml('tag-binary.yaml', BASE.replace('description: hostile corpus base', 'description: !!binary aGVsbG8='), r":\d+:\d+: YAML tag '!!binary' at description is not supported.*")
yaml('tag-local-nested.yaml', BASE.replace('margin_rate: 0.4', 'margin_rate: !percent 40'), r":\d+:\d+: YAML tag '!percent' at economics\.margin_rate is not supported.*")
yaml('deep-nesting.yaml', 'name: x\nseed: ' + '[' * 1500 + ']' * 1500 + '\n', r":2:\d+: YAML nesting is deeper than 100 levels; expected .*")
yaml('deep-nesting-maps.yaml', 'name: x\nseed: ' + '{a: ' * 300 + '1' + '}' * 300 + '\n', r":2:\d+: YAML nesting is deeper than 100 levels; expected .*")
yaml('complex-key-list.yaml', '? [a, b]\n: 1\n', r":1:\d+: a mapping key is a list or mapping; expected plain text keys.*")
yaml('complex-key-map.yaml', 'name: x\n? {a: 1}\n: 2\n', r":2:\d+: a mapping key is a list or mapping; expected .*")
yaml('long-number.yaml', BASE.replace('seed: 7', 'seed: ' + '9' * 1500), r":3:7: seed is .*; expected .*")

# ---- many problems: the cap of 20 -------------------------------------------------------------
case('unknown-keys-capped', 2, r'.*unknown-keys\.yaml:1:1: missing key .*', 'validate @unknown-keys.yaml')

# ---- input files: devices, pipes, folders, missing, too large ---------------------------------
NOTREG = r'is not a regular file \(a device, pipe or socket, which is read without end or blocks\); expected .*'
for dev in ('/dev/zero', '/dev/urandom', '/dev/null'):
    d = dev.split('/')[-1]
    case('validate-' + d, 2, r'/dev/' + d + ': ' + NOTREG, 'validate ' + dev)
    case('simulate-' + d, 2, r'/dev/' + d + ': ' + NOTREG, 'simulate ' + dev + ' --out {t}/out -q')
case('compare-dev-zero', 2, r'/dev/zero: ' + NOTREG, 'compare /dev/zero --out {t}/out -q')
case('generate-dev-zero', 2, r'/dev/zero: ' + NOTREG, 'generate --scenario /dev/zero --out {t}/p.csv')
case('check-dev-zero', 2, r'/dev/zero: ' + NOTREG, 'check /dev/zero --baseline {t}/baselines')
case('population-dev-zero', 2, r'/dev/zero: ' + NOTREG, 'simulate {c}/base.yaml --population /dev/zero --out {t}/out -q')
case('analyze-dev-zero', 2, r'campaignsim: /dev/zero: ' + NOTREG, 'analyze /dev/zero --treatment arm --outcome y --out {t}/out')
case('ope-dev-zero', 2, r'campaignsim: /dev/zero: ' + NOTREG, 'ope /dev/zero --policy uniform')
case('ope-empirical-dev-zero', 2, r'campaignsim: /dev/zero: ' + NOTREG, 'ope {c}/ope-ok.csv --policy empirical:/dev/zero')
case('calibrate-dev-zero', 2, r'campaignsim: /dev/zero: ' + NOTREG, 'calibrate /dev/zero --treatment arm --control c --outcome y --out {t}/s.yaml')
case('validate-fifo', 2, r'.*fifo\.yaml: ' + NOTREG, 'validate @fifo.yaml')
case('simulate-fifo', 2, r'.*fifo\.yaml: ' + NOTREG, 'simulate @fifo.yaml --out {t}/out -q')
case('population-fifo', 2, r'.*fifo\.csv: ' + NOTREG, 'simulate {c}/base.yaml --population @fifo.csv --out {t}/out -q')
case('analyze-fifo', 2, r'campaignsim: .*fifo\.csv: ' + NOTREG, 'analyze @fifo.csv --treatment arm --outcome y --out {t}/out')
case('ope-fifo', 2, r'campaignsim: .*fifo\.csv: ' + NOTREG, 'ope @fifo.csv --policy uniform')
case('calibrate-fifo', 2, r'campaignsim: .*fifo\.csv: ' + NOTREG, 'calibrate @fifo.csv --treatment arm --control c --outcome y --out {t}/s.yaml')
case('validate-folder', 2, r'.*hostile: is a directory; expected .*', 'validate {c}')
case('analyze-folder', 2, r'campaignsim: .*hostile: is a directory; expected .*', 'analyze {c} --treatment arm --outcome y --out {t}/out')
case('ope-folder', 2, r'campaignsim: .*hostile: is a directory; expected .*', 'ope {c} --policy uniform')
case('calibrate-folder', 2, r'campaignsim: .*hostile: is a directory; expected .*', 'calibrate {c} --treatment arm --control c --outcome y --out {t}/s.yaml')
case('population-folder', 2, r'.*hostile: is a directory; expected .*', 'simulate {c}/base.yaml --population {c} --out {t}/out -q')
case('analyze-missing', 2, r'campaignsim: .*nope\.csv: no such file; expected .*', 'analyze {t}/nope.csv --treatment arm --outcome y --out {t}/out')
case('ope-missing', 2, r'campaignsim: .*nope\.csv: no such file; expected .*', 'ope {t}/nope.csv --policy uniform')
case('calibrate-missing', 2, r'campaignsim: .*nope\.csv: no such file; expected .*', 'calibrate {t}/nope.csv --treatment arm --control c --outcome y --out {t}/s.yaml')
case('validate-too-large', 2, r'.*big\.yaml: file is larger than 4 MiB; expected at most 4 MiB for a scenario .*', 'validate @big.yaml')
case('validate-proc-file', 2, r'/proc/self/status:\d+:\d+: .*', 'validate /proc/self/status')

# ---- output paths ----------------------------------------------------------------------------
LONG = 'n' * 230
for cmd, args in (('simulate', 'simulate {c}/base.yaml -q --out'), ('compare', 'compare {c}/base.yaml -q --out'),
                  ('analyze', 'analyze {c}/log-ok.csv --treatment arm --control c --outcome y --out')):
    case(cmd + '-out-proc', 2, r'campaignsim: /proc/campaignsim: is inside /proc, a kernel file system, not storage; expected .*', args + ' /proc/campaignsim')
    case(cmd + '-out-sys', 2, r'campaignsim: /sys/campaignsim: is inside /sys, .*', args + ' /sys/campaignsim')
    case(cmd + '-out-dev', 2, r'campaignsim: /dev/campaignsim: is inside /dev, .*', args + ' /dev/campaignsim')
    case(cmd + '-out-long-name', 2, r'campaignsim: .*/n+: has a name of 230 bytes, too long for the file system .*', args + ' {t}/' + LONG)
    case(cmd + '-out-long-path', 2, r'campaignsim: .*: is \d+ bytes long as an absolute path; expected at most 3800 .*', args + ' {t}/' + '/'.join(['p' * 190] * 21))
    case(cmd + '-out-is-file', 2, r'campaignsim: .*notes\.txt is a file; expected a directory path.*', args + ' {t}/notes.txt')
    case(cmd + '-out-under-file', 2, r'campaignsim: .*notes\.txt is a file, so nothing can be created under it.*', args + ' {t}/notes.txt/sub')
    case(cmd + '-out-newline', 2, r'campaignsim: .*: contains a line break or another control character; expected .*', args + ' {t}/a\\nb')
    case(cmd + '-out-root', 2, r'campaignsim: /:? is a file-system root; expected .*', args + ' /')
CAL = 'calibrate {c}/log-ok.csv --treatment arm --control c --outcome y '
case('calibrate-out-folder', 2, r'campaignsim: .*existing-folder is a folder; expected a path to a file for --out.*', CAL + '--out {t}/existing-folder')
case('calibrate-out-proc', 2, r'campaignsim: /proc/x\.yaml: is inside /proc.*', CAL + '--out /proc/x.yaml')
case('calibrate-out-dev-null', 2, r'campaignsim: /dev/null is a character device.*', CAL + '--out /dev/null')
case('calibrate-out-long', 2, r'campaignsim: .*: has a name of 230 bytes.*', CAL + '--out {t}/' + LONG)
case('calibrate-out-under-file', 2, r'campaignsim: .*notes\.txt is a file, so nothing can be created under it.*', CAL + '--out {t}/notes.txt/s.yaml')
case('generate-out-folder', 2, r'campaignsim: .*existing-folder is a folder; expected a path to a file for --out.*', 'generate --scenario {c}/base.yaml --out {t}/existing-folder')
case('generate-out-sys', 2, r'campaignsim: /sys/p\.csv: is inside /sys.*', 'generate --scenario {c}/base.yaml --out /sys/p.csv')
case('generate-out-long', 2, r'campaignsim: .*: has a name of 230 bytes.*', 'generate --scenario {c}/base.yaml --out {t}/' + LONG)
case('check-junit-folder', 2, r'campaignsim: .*existing-folder is a folder; expected a path to a file for --junit.*', 'check {c}/base.yaml --baseline {t}/b --update-baseline --junit {t}/existing-folder')
case('check-markdown-proc', 2, r'campaignsim: /proc/m\.md: is inside /proc.*', 'check {c}/base.yaml --baseline {t}/b --update-baseline --markdown /proc/m.md')
case('check-baseline-file', 2, r'campaignsim: .*notes\.txt: is a file; expected a folder path for --baseline', 'check {c}/base.yaml --baseline {t}/notes.txt --update-baseline')
case('bench-json-folder', 2, r'campaignsim: .*existing-folder is a folder; expected a path to a file for --json.*', 'bench --json {t}/existing-folder --size 1000 --days 1')
case('bench-json-proc', 2, r'campaignsim: /proc/b\.json: is inside /proc.*', 'bench --json /proc/b.json --size 1000 --days 1')

# ---- calibrate --name ------------------------------------------------------------------------
for i, (n, pat) in enumerate((('a/b', 'a/b'), ('../up', r'\.\./up'), ('a\\nb', r'a\?b'), ('1abc', '1abc'), ('a\\sb', 'a b'), ('.x', r'\.x'), ('x' * 101, 'x+\\.\\.\\.'))):
    first = (r"campaignsim: --name '" + pat + r"' is 101 characters long; expected at most 100") if n.startswith('xxx') else \
        (r"campaignsim: --name '" + pat + r"' is not a valid scenario name; expected .*")
    case('calibrate-name-%d' % i, 2, first, CAL + '--out {t}/s.yaml --name ' + n)

# ---- CSV logs: duplicate columns, physical lines, extreme values, ids, propensities ------------
random.seed(21)
def log(name, header='arm,y,spend,seg', mod=None, rows=60):
    lines = [header]
    for i in range(rows):
        arm = 'c' if i % 2 == 0 else 't'
        lines.append('%s,%d,%.2f,%s' % (arm, random.random() < 0.2, random.random() * 50, 'ab'[i % 3 == 0]))
    if mod:
        mod(lines)
    open(name, 'w', newline='').write('\n'.join(lines) + '\n')
log('log-ok.csv')
def opelog(name, mod=None, rows=60):
    lines = ['item_id,position,click,propensity_score']
    for i in range(rows):
        lines.append('%d,%d,%d,0.0667' % (i % 5, 1 + i % 3, random.random() < 0.1))
    if mod:
        mod(lines)
    open(name, 'w', newline='').write('\n'.join(lines) + '\n')
opelog('ope-ok.csv')
AN = ' --treatment arm --control c --outcome y --out {t}/out'
def set_row(i, text):
    def m(lines):
        lines[i] = text
    return m
log('dup-col.csv', header='arm,y,y,seg')
case('analyze-dup-col', 2, r".*dup-col\.csv:1:7: column 'y' appears twice \(columns 2 and 3\); expected each column name once.*", 'analyze {c}/dup-col.csv' + AN)
case('calibrate-dup-col', 2, r".*dup-col\.csv:1:7: column 'y' appears twice.*", 'calibrate {c}/dup-col.csv --treatment arm --control c --outcome y --out {t}/s.yaml')
log('dup-col-treatment.csv', header='arm,y,spend,arm')
case('analyze-dup-treatment', 2, r".*dup-col-treatment\.csv:1:\d+: column 'arm' appears twice \(columns 1 and 4\).*", 'analyze {c}/dup-col-treatment.csv' + AN)
opelog('ope-dup-col.csv', mod=set_row(0, 'item_id,position,click,click'))
case('ope-dup-col', 2, r".*ope-dup-col\.csv:1:\d+: column 'click' appears twice.*", 'ope {c}/ope-dup-col.csv --policy uniform')
opelog('ope-dup-propensity.csv', mod=set_row(0, 'propensity_score,item_id,position,propensity_score'))
case('ope-dup-propensity', 2, r".*ope-dup-propensity\.csv:1:1?\d?\d?: column 'propensity_score' appears twice.*|.*ope-dup-propensity\.csv:1:\d+: column 'propensity_score' appears twice.*", 'ope {c}/ope-dup-propensity.csv --policy uniform')
case('population-dup-col', 2, r".*pop-dup\.csv:1:\d+: column 'segment' appears twice; expected each column once", 'simulate {c}/base.yaml --population {c}/pop-dup.csv --out {t}/out -q')
open('quoted-newline.csv', 'w', newline='').write('arm,y,note,seg\nc,0,"line one\nline two\nline three",a\nt,1,x,b\nt,1\nc,0,y,a\n')
case('analyze-quoted-newline', 2, r".*quoted-newline\.csv:6:1: row has 2 fields; expected 4 fields as in the header", 'analyze {c}/quoted-newline.csv' + AN)
case('calibrate-quoted-newline', 2, r".*quoted-newline\.csv:6:1: row has 2 fields.*", 'calibrate {c}/quoted-newline.csv --treatment arm --control c --outcome y --out {t}/s.yaml')
open('ope-quoted-newline.csv', 'w', newline='').write('item_id,position,click,propensity_score,note\n1,1,0,0.5,"a\nb"\n2,1,0,0.5,x\n-1,1,0,0.5,y\n')
case('ope-quoted-newline', 2, r".*ope-quoted-newline\.csv:5:1: column 'item_id' has value '-1'; expected .*", 'ope {c}/ope-quoted-newline.csv --policy uniform')
open('quoted-newline-value.csv', 'w', newline='').write('arm,y,note,seg\nc,0,"multi\nline",a\nt,1,"x\ny",b\nt,7,z,a\nc,0,y,a\n')
case('analyze-quoted-newline-value', 2, r".*quoted-newline-value\.csv:6:3: --outcome column 'y' has value '7'; expected 0 or 1|.*quoted-newline-value\.csv:6:\d+: .*", 'calibrate {c}/quoted-newline-value.csv --treatment arm --control c --outcome y --out {t}/s.yaml')
case('analyze-header-50mb', 2, r"campaignsim: .*header50m\.csv: (line 1 is longer than 1048576 characters|file is larger than \d+ MiB); expected .*", 'analyze @header50m.csv' + AN)
case('population-header-50mb', 2, r".*popheader50m\.csv: line 1 is longer than 1048576 characters; expected .*", 'simulate {c}/base.yaml --population @popheader50m.csv --out {t}/out -q')
case('ope-header-50mb', 2, r"campaignsim: .*opeheader50m\.csv: (line 1 is longer than 1048576 characters|file is larger than \d+ MiB); expected .*", 'ope @opeheader50m.csv --policy uniform')
case('population-header-20k-columns', 2, r".*header20k\.csv:1:1: unknown column 'col0'; expected only the columns .*", 'simulate {c}/base.yaml --population @header20k.csv --out {t}/out -q')
case('analyze-header-20k-columns', 2, r"campaignsim: .*header20k\.csv: no data rows; expected a header row and at least one data row", 'analyze @header20k.csv' + AN)
for i, v in enumerate(('1e308', '-1e308', '1e200', '1.7976931348623157e308', '2e150')):
    log('spend-huge-%d.csv' % i, mod=set_row(7, 't,0,%s,a' % v))
    case('analyze-spend-huge-%d' % i, 2, r".*spend-huge-%d\.csv:8:5: --outcome column 'spend' has value '%s', too large for sums of squares in double precision; expected a number of magnitude at most 1e150" % (i, v.replace('.', r'\.')),
         'analyze {c}/spend-huge-%d.csv --treatment arm --control c --outcome spend --out {t}/out' % i)
log('spend-huge-calibrate.csv', mod=set_row(9, 't,1,1e300,a'))
case('calibrate-spend-huge', 2, r".*spend-huge-calibrate\.csv:10:5: --spend column 'spend' has value '1e300', too large .*", 'calibrate {c}/spend-huge-calibrate.csv --treatment arm --control c --outcome y --spend spend --out {t}/s.yaml')
for i, (row, what) in enumerate((('2147483647,1,0,0.1', r"column 'item_id' has value '2147483647'; expected an integer item id between 0 and 1000000"),
                                 ('100000000,1,0,0.1', r"column 'item_id' has value '100000000'; expected an integer item id between 0 and 1000000"),
                                 ('1e8,1,0,0.1', r"column 'item_id' has value '1e8'; expected .*"),
                                 ('2147483648,1,0,0.1', r"column 'item_id' has value '2147483648'; expected .*"),
                                 ('-1,1,0,0.1', r"column 'item_id' has value '-1'; expected .*"),
                                 ('1.5,1,0,0.1', r"column 'item_id' has value '1\.5'; expected .*"),
                                 ('1,2147483647,0,0.1', r"column 'position' has value '2147483647'; expected an integer position between 1 and 10000"),
                                 ('1,0,0,0.1', r"column 'position' has value '0'; expected .*"),
                                 ('1,100000,0,0.1', r"column 'position' has value '100000'; expected .*"),
                                 ('1,1,2,0.1', r"reward column 'click' has value '2'; expected 0 or 1"),
                                 ('1,1,0,0', r"propensity column 'propensity_score' has value '0'; expected a probability in \(0, 1\]"),
                                 ('1,1,0,1.5', r"propensity column 'propensity_score' has value '1\.5'; expected .*"),
                                 ('1,1,0,NaN', r"propensity column 'propensity_score' has value 'NaN'; expected a number"),
                                 ('1,1,0,1e-300', r"propensity column 'propensity_score' has value '1e-300', so small that its importance weight 1/p squared overflows .*; expected a propensity of at least 1e-150 .*"),
                                 ('1,1,0,4.9e-324', r"propensity column 'propensity_score' has value '4\.9e-324', so small .*"),
                                 ('1,1,0,2.2e-308', r"propensity column 'propensity_score' has value '2\.2e-308', so small .*"),
                                 ('1,1,0,1e-151', r"propensity column 'propensity_score' has value '1e-151', so small .*"))):
    opelog('ope-bad-%02d.csv' % i, mod=set_row(4, row))
    case('ope-bad-%02d' % i, 2, r".*ope-bad-%02d\.csv:5:\d+: %s" % (i, what), 'ope {c}/ope-bad-%02d.csv --policy uniform' % i)
opelog('ope-many-tiny.csv', mod=lambda lines: [lines.__setitem__(k, '1,1,0,1e-200') for k in range(1, 40)])
case('ope-many-tiny', 2, r".*ope-many-tiny\.csv:2:\d+: propensity column 'propensity_score' has value '1e-200', so small .*", 'ope {c}/ope-many-tiny.csv --policy uniform')
opelog('ope-sparse-ids.csv', mod=set_row(3, '999999,9,0,0.1'))
case('ope-sparse-ids', 2, r"campaignsim: .*ope-sparse-ids\.csv: item ids up to 999999 at positions up to 9 need a table of 10000000 .*", 'ope {c}/ope-sparse-ids.csv --policy uniform')
case('ope-policy-item-huge', 2, r"campaignsim: --policy 'item:2147483647' names item 2147483647; expected an item id in \[0, 4\] .*", 'ope {c}/ope-ok.csv --policy item:2147483647')
case('ope-policy-item-overflow', 2, r"campaignsim: --policy 'item:99999999999' has item id '99999999999'; expected an integer", 'ope {c}/ope-ok.csv --policy item:99999999999')
open('not-utf8.csv', 'wb').write(b'arm,y\nc,\xff\xfe\n')
case('analyze-not-utf8', 2, r"campaignsim: .*not-utf8\.csv: file is not UTF-8 text; expected a UTF-8 encoded CSV file", 'analyze {c}/not-utf8.csv' + AN)
case('ope-not-utf8', 2, r"campaignsim: .*not-utf8\.csv: file is not UTF-8 text.*", 'ope {c}/not-utf8.csv --policy uniform')
open('empty.csv', 'w').write('')
case('analyze-empty', 2, r"campaignsim: .*empty\.csv: the file is empty; expected .*", 'analyze {c}/empty.csv' + AN)
case('ope-empty', 2, r"campaignsim: .*empty\.csv: the file is empty; expected .*", 'ope {c}/empty.csv --policy uniform')
open('unclosed-quote.csv', 'w').write('arm,y\nc,"0\nt,1\n')
case('analyze-unclosed-quote', 2, r"campaignsim: .*unclosed-quote\.csv: not readable as CSV .*; expected .*", 'analyze {c}/unclosed-quote.csv' + AN)

# ---- holdout_share (issue #16): the held-out share of each strategy's test, strictly between 0 and 1 ----
def holdout_share(v):
    return BASE.replace('replications: 2\n', 'replications: 2\nholdout_share: ' + v + '\n', 1)
for n, v, cmds in (('0', '0', ('validate', 'compare')), ('1', '1', ('validate', 'compare')), ('neg', '-0.1', ('validate',)),
                   ('big', '1.5', ('validate', 'compare'))):
    yaml('holdout-share-' + n + '.yaml', holdout_share(v), r":6:16: holdout_share is " + v.replace('.', r'\.')
         + r", out of range; expected a number strictly between 0 and 1, e\.g\. 0\.1 .*", cmds)
yaml('holdout-share-text.yaml', holdout_share('ten'), r":6:16: holdout_share is .*; expected a number .*", ('validate', 'compare'))

# ---- memory and time guards, for every strategy ----------------------------------------------
for s in ('uplift', 'propensity', 'churn', 'nba'):
    case('compare-memory-' + s, 2, r"campaignsim: a population of \d+ customers \(\d+ MiB\) and the training rows of strategy '" + s + r"' .* needs about \d+ MiB but only \d+ MiB of heap is available; .*",
         'compare {c}/models.yaml --strategies control,' + s + ' --size 2000000 --out {t}/out -q')
case('compare-memory-all', 2, r"campaignsim: a population .* and the training rows of strategy .*", 'compare {c}/models.yaml --size 3000000 --out {t}/out -q')
case('compare-time-nba', 2, r"campaignsim: this run would take about \d+ hours .*which cost as much as \d+ rules-engine runs.*", 'compare {c}/models.yaml --strategies control,nba --size 1000000 --days 365 --replications 100 --threads 2 --out {t}/out -q')
case('compare-time-rules', 2, r"campaignsim: this run would take about \d+ hours .*", 'compare {c}/base.yaml --strategies control --size 50000000 --days 3650 --replications 2 --threads 2 --out {t}/out -q')
case('simulate-time', 2, r"campaignsim: this run would take about \d+ hours .*", 'simulate {c}/base.yaml --size 50000000 --days 3650 --threads 1 --out {t}/out -q')
case('simulate-memory', 2, r"campaignsim: a population of 50000000 customers \(\d+ MiB\) and the micro review's per-customer state \(\d+ MiB\) needs about \d+ MiB .*; use a smaller --size or give Java more heap.*", 'simulate {c}/base.yaml --size 50000000 --days 1 --out {t}/out -q')

# ---- engines (docs/distributed.md): the plain build has no Spark engine ---------------------------
case('compare-engine-spark-plain-jar', 2, r"campaignsim: --engine spark needs the Spark engine, which this build of campaignsim does not include; expected the jar built with `mvn -Pspark package`.*",
     'compare {c}/base.yaml --engine spark --master local[2] --out {t}/out -q')
case('check-engine-spark-plain-jar', 2, r"campaignsim: --engine spark needs the Spark engine.*",
     'check {c}/base.yaml --baseline {t}/b --engine spark')
case('compare-engine-unknown', 2, r"campaignsim: --engine flink is not an engine of this build; expected one of local",
     'compare {c}/base.yaml --engine flink --out {t}/out -q')
case('compare-master-without-cluster', 2, r"campaignsim: --master local\[2\] applies only to a cluster engine; expected --engine spark with it.*",
     'compare {c}/base.yaml --master local[2] --out {t}/out -q')

# ---- --stepping (issue #20): one option on every command that simulates -----------------------
STEP = r"campaignsim: --stepping: expected daily or next-event, but was '%s' \(e\.g\. --stepping next-event\)"
case('compare-stepping-unknown', 2, STEP % 'weekly', 'compare {c}/base.yaml --stepping weekly --out {t}/out -q')
case('compare-stepping-empty', 2, STEP % '', 'compare {c}/base.yaml --stepping= --out {t}/out -q')
case('sweep-stepping-unknown', 2, STEP % 'next_event', 'sweep {c}/base.yaml --stepping next_event --out {t}/out -q --strategies control --set policy.frequency_cap.per_week=1,2')
case('check-stepping-unknown', 2, STEP % 'hourly', 'check {c}/base.yaml --baseline {t}/b --update-baseline --stepping hourly')
case('simulate-stepping-spark-plain-jar', 2, r"campaignsim: --engine spark needs the Spark engine.*",
     'simulate {c}/base.yaml --stepping next-event --engine spark --out {t}/out -q')

# ---- predictions (issue #17): score:, within_days, basket: -------------------------------------
pred = {
    'pred-within-beyond-warmup': ('  - { name: control, type: holdout }\n  - { name: c, type: churn_prevention, arms: [ten_off], warmup_days: 10, score: churn_within, within_days: 30 }',
        r":\d+:\d+: strategy 'c' has within_days 30 but warmup_days 10; the window is learned from .*; expected within_days at most warmup_days.*"),
    'pred-within-no-window': ('  - { name: control, type: holdout }\n  - { name: p, type: propensity, arms: [ten_off], warmup_days: 10, score: clv, within_days: 5 }',
        r":\d+:\d+: strategy 'p' sets within_days with score: clv, which has no window; expected within_days only with score: first_purchase or repeat_purchase.*"),
    'pred-score-wrong-family': ('  - { name: control, type: holdout }\n  - { name: p, type: propensity, arms: [ten_off], score: churn_within }',
        r":\d+:\d+: strategies\[1\]\.score .*churn_within.*expected one of .*purchase_today.*"),
    'pred-score-typo': ('  - { name: control, type: holdout }\n  - { name: c, type: churn_prevention, arms: [ten_off], score: churn_witin }',
        r":\d+:\d+: strategies\[1\]\.score .*churn_witin.*did you mean 'churn_within'.*"),
    'pred-within-zero': ('  - { name: control, type: holdout }\n  - { name: c, type: churn_prevention, arms: [ten_off], score: churn_within, within_days: 0 }',
        r":\d+:\d+: strategies\[1\]\.within_days .*0.*expected .*"),
    'pred-basket-unknown': ('  - { name: control, type: holdout }\n  - { name: n, type: next_best_action, basket: clv }',
        r":\d+:\d+: strategies\[1\]\.basket .*clv.*expected one of .*next_basket_value.*"),
}
for n, (block, first) in pred.items():
    yaml(n + '.yaml', strategies(block), first, ('validate', 'compare'))

# ---- sweep (issue #19): --set paths and values, designs, the sweep: block ---------------------
SW = 'sweep {c}/base.yaml --out {t}/out -q --strategies control'
case('sweep-nothing', 2, r"campaignsim: .*base\.yaml: nothing to sweep; expected --set PATH=VALUES .*", SW)
case('sweep-set-no-equals', 2, r"campaignsim: --set policy\.frequency_cap\.per_week: expected PATH=VALUES.*", SW + ' --set policy.frequency_cap.per_week')
case('sweep-set-empty-values', 2, r"campaignsim: --set policy\.frequency_cap\.per_week=: no values after '='; expected .*", SW + ' --set policy.frequency_cap.per_week=')
case('sweep-set-empty-item', 2, r"campaignsim: --set policy\.frequency_cap\.per_week=1,,2: an empty value in the list; expected .*", SW + ' --set policy.frequency_cap.per_week=1,,2')
case('sweep-set-twice-value', 2, r"campaignsim: --set .*: the value 2 is listed twice; expected each value once", SW + ' --set policy.frequency_cap.per_week=2,1:3:1')
case('sweep-set-same-path', 2, r"campaignsim: --set policy\.frequency_cap\.per_week=3: policy\.frequency_cap\.per_week is swept twice; expected .*", SW + ' --set policy.frequency_cap.per_week=1,2 --set policy.frequency_cap.per_week=3')
case('sweep-set-unknown-item', 2, r"campaignsim: --set offers\.ten_of\.discount=0\.1: path .* has no item named 'ten_of' \(did you mean 'ten_off'\?\); expected one of none, ten_off, free_ship", SW + ' --set offers.ten_of.discount=0.1')
case('sweep-set-unknown-key', 2, r"campaignsim: --set policy\.frequency_cap\.per_wek=1: value 1: unknown key 'policy\.frequency_cap\.per_wek' \(did you mean 'per_week'\?\) \(at .*base\.yaml:\d+:\d+\); expected .*", SW + ' --set policy.frequency_cap.per_wek=1')
case('sweep-set-not-a-value', 2, r"campaignsim: --set policy\.frequency_cap=1: path 'policy\.frequency_cap' leads to a mapping .*; expected a path to one value, e\.g\. policy\.frequency_cap\.per_day", SW + ' --set policy.frequency_cap=1')
case('sweep-set-through-scalar', 2, r"campaignsim: --set horizon_days\.x=1: path 'horizon_days\.x': 'horizon_days' is the number 3 .*", SW + ' --set horizon_days.x=1')
case('sweep-set-index', 2, r"campaignsim: --set offers\.9\.discount=0\.1: path .* has 3 items .*no item 9; expected an index from 0 to 2 or an item's name", SW + ' --set offers.9.discount=0.1')
case('sweep-set-seed', 2, r"campaignsim: --set seed=1,2: path 'seed' names 'seed', which is not a scenario parameter .*", SW + ' --set seed=1,2')
case('sweep-set-report', 2, r"campaignsim: --set report\.out=a: path 'report\.out' names 'report', which is not a scenario parameter .*", SW + ' --set report.out=a')
case('sweep-set-empty-path', 2, r"campaignsim: --set policy\.\.per_week=1: path 'policy\.\.per_week' has an empty part; expected .*", SW + ' --set policy..per_week=1')
case('sweep-set-out-of-range', 2, r"campaignsim: --set offers\.ten_off\.discount=0\.5,1\.5: value 1\.5: offers\[1\]\.discount is 1\.5.* \(at .*base\.yaml:\d+:\d+\); expected .*", SW + ' --set offers.ten_off.discount=0.5,1.5')
case('sweep-set-wrong-type', 2, r"campaignsim: --set policy\.frequency_cap\.per_week=often: value often: .*per_week.*; expected .*", SW + ' --set policy.frequency_cap.per_week=often')
case('sweep-set-range-down', 2, r"campaignsim: --set .*: the range 0\.25:0\.05:0\.05 goes down; expected from <= to", SW + ' --set offers.ten_off.discount=0.25:0.05:0.05')
case('sweep-set-range-zero-step', 2, r"campaignsim: --set .*: the step 0 is not positive; expected .*", SW + ' --set offers.ten_off.discount=0.05:0.25:0')
case('sweep-set-range-huge', 2, r"campaignsim: --set .*: the range has 2000001 values, more than 10000; expected a coarser step", SW + ' --set offers.ten_off.discount=0:0.2:0.0000001')
case('sweep-set-interval-empty', 2, r"campaignsim: --set .*: the interval 0\.2:0\.2 is empty; expected from < to", SW + ' --set offers.ten_off.discount=0.2:0.2 --design lhs --points 3')
case('sweep-grid-interval', 2, r"campaignsim: --set offers\.ten_off\.discount=0\.05:0\.25: offers\.ten_off\.discount is an interval without a step, which a grid cannot enumerate; expected .*", SW + ' --set offers.ten_off.discount=0.05:0.25')
case('sweep-grid-points', 2, r"campaignsim: --points 5 is for --design random or lhs; .*", SW + ' --set policy.frequency_cap.per_week=1,2 --points 5')
case('sweep-lhs-no-points', 2, r"campaignsim: --design lhs needs --points N .*", SW + ' --set policy.frequency_cap.per_week=1,2 --design lhs')
case('sweep-design-unknown', 2, r"campaignsim: --design 'latin' is unknown; expected one of grid, random, lhs", SW + ' --set policy.frequency_cap.per_week=1,2 --design latin')
case('sweep-points-zero', 2, r"campaignsim: --points is 0; expected 1 to 10000", SW + ' --set policy.frequency_cap.per_week=1,2 --design lhs --points 0')
case('sweep-grid-too-big', 2, r"campaignsim: the grid has 900000 points .*, more than 10000; expected fewer values, or --design lhs --points N", SW + ' --set policy.frequency_cap.per_week=1:1000:1 --set offers.ten_off.discount=0.001:0.9:0.001')
case('sweep-days-and-horizon', 2, r"campaignsim: --days fixes horizon_days, which --set horizon_days=2,3 sweeps; expected one of them", SW + ' --set horizon_days=2,3 --days 2')
case('sweep-point-combination', 2, r"campaignsim: sweep point population\.segments\.loyal\.share=0\.2, population\.segments\.lapsing\.share=0\.25 \(--set .*\): .*base\.yaml:\d+:\d+: population\.segments shares sum to 0\.95; expected shares that sum to 1",
     SW + ' --set population.segments.loyal.share=0.2,0.25 --set population.segments.lapsing.share=0.3,0.25')
case('sweep-strategies-unknown', 2, r"campaignsim: --strategies names 'orcale' \(did you mean 'oracle'\?\).*", 'sweep {c}/base.yaml --out {t}/out -q --strategies orcale --set policy.frequency_cap.per_week=1,2')
case('sweep-time', 2, r"campaignsim: this run would take about \d+ hours .*", 'sweep {c}/base.yaml --out {t}/out -q --strategies control --size 5000000 --days 3650 --set policy.frequency_cap.per_week=1:20:1 --threads 1')
case('sweep-out-is-file', 2, r"campaignsim: .*base\.yaml is a file; expected a directory path for --out", 'sweep {c}/base.yaml --out {c}/base.yaml -q --strategies control --set policy.frequency_cap.per_week=1,2')
SWEEP_OK = '\nsweep:\n  parameters:\n    policy.frequency_cap.per_week: [1, 2]\n'
def sweep_block(text):
    return BASE + '\nsweep:\n' + text
yaml('sweep-block-not-map.yaml', BASE + '\nsweep: [1, 2]\n', r":\d+:8: sweep is a list; expected a mapping of keys to values")
yaml('sweep-block-no-parameters.yaml', sweep_block('  design: grid\n'), r":\d+:3: missing key 'sweep\.parameters'; expected .*", ('validate', 'sweep'))
yaml('sweep-block-empty.yaml', sweep_block('  parameters: {}\n'), r":\d+:15: sweep\.parameters is empty; expected at least one parameter path.*", ('validate', 'sweep'))
yaml('sweep-block-unknown-key.yaml', sweep_block('  desing: lhs\n  parameters:\n    horizon_days: [2, 3]\n'), r":\d+:3: unknown key 'sweep\.desing' \(did you mean 'design'\?\); expected .*")
yaml('sweep-block-design.yaml', sweep_block('  design: latin\n  parameters:\n    horizon_days: [2, 3]\n'), r":\d+:11: sweep\.design is 'latin'; expected one of grid, random, lhs")
yaml('sweep-block-lhs-no-points.yaml', sweep_block('  design: lhs\n  parameters:\n    horizon_days: [2, 3]\n'), r":\d+:11: sweep\.design lhs needs sweep\.points; expected points: N .*")
yaml('sweep-block-grid-points.yaml', sweep_block('  points: 4\n  parameters:\n    horizon_days: [2, 3]\n'), r":\d+:11: sweep\.points is set but the design is grid.*")
yaml('sweep-block-bad-path.yaml', sweep_block('  parameters:\n    offers.ten_of.discount: [0.1]\n'), r":\d+:5: path 'offers\.ten_of\.discount': offers \(at \d+:\d+\) has no item named 'ten_of' \(did you mean 'ten_off'\?\); expected .*", ('validate', 'sweep'))
yaml('sweep-block-seed.yaml', sweep_block('  parameters:\n    seed: [1, 2]\n'), r":\d+:5: path 'seed' names 'seed', which is not a scenario parameter .*")
yaml('sweep-block-out-of-range.yaml', sweep_block('  parameters:\n    offers.ten_off.discount: [0.1, 1.5]\n'), r":\d+:5: sweep\.parameters 'offers\.ten_off\.discount' value 1\.5: offers\[1\]\.discount is 1\.5.*; expected .*", ('validate', 'sweep'))
yaml('sweep-block-empty-list.yaml', sweep_block('  parameters:\n    horizon_days: []\n'), r":\d+:19: sweep\.parameters 'horizon_days' has an empty list of values; expected .*")
yaml('sweep-block-nested-list.yaml', sweep_block('  parameters:\n    horizon_days: [[2]]\n'), r":\d+:20: sweep\.parameters 'horizon_days' lists a list; expected single values.*")
yaml('sweep-block-range-text.yaml', sweep_block('  parameters:\n    horizon_days: ["2:4:1"]\n'), r":\d+:20: sweep\.parameters 'horizon_days' lists the text '2:4:1'; expected plain values; write a range as .*")
yaml('sweep-block-range-no-to.yaml', sweep_block('  parameters:\n    horizon_days: { from: 2 }\n'), r":\d+:19: missing key 'sweep\.parameters\.horizon_days\.to'; expected .*")
yaml('sweep-block-range-step.yaml', sweep_block('  parameters:\n    horizon_days: { from: 2, to: 4, step: -1 }\n'), r":\d+:\d+: sweep\.parameters\.horizon_days\.step is -1, out of range; expected .*")
yaml('sweep-block-range-down.yaml', sweep_block('  parameters:\n    horizon_days: { from: 4, to: 2, step: 1 }\n'), r":\d+:5: sweep\.parameters 'horizon_days': the range 4:2:1 goes down; expected from <= to")
yaml('sweep-block-grid-interval.yaml', sweep_block('  parameters:\n    horizon_days: { from: 2, to: 4 }\n'), r":\d+:19: sweep\.parameters 'horizon_days' is an interval without a step, which a grid cannot enumerate; expected .*")
yaml('sweep-block-scalar.yaml', sweep_block('  parameters:\n    horizon_days: 3\n'), r":\d+:19: sweep\.parameters 'horizon_days' is the number 3; expected a list of values .*")

with open('cases.tsv', 'w') as f:
    f.write('# id\texit\tfirst line (regex)\targuments -- generated by make_corpus.py\n')
    for c in cases:
        f.write('%s\t%d\t%s\t%s\n' % c)
print(len(cases), 'cases')
