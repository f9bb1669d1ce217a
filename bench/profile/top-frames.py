import sys, re, collections
# jfr print --events jdk.ExecutionSample output: count samples whose stack contains a frame matching each restauth method (inclusive)
incl = collections.Counter(); total = 0
stack = []
def flush():
    global total
    if not stack: return
    total += 1
    seen = set()
    for f in stack:
        m = re.match(r'\s*([\w.$]+)\.([\w$<>]+)\(', f)
        if not m: continue
        name = m.group(1).split('.')[-1] + '.' + m.group(2)
        if 'restauth' in m.group(1) and name not in seen:
            seen.add(name); incl[name] += 1
for line in open(sys.argv[1]):
    if line.startswith('jdk.ExecutionSample'):
        flush(); stack = []
    elif 'line:' in line:
        stack.append(line)
flush()
print('samples', total)
for name, n in incl.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 25):
    print(f'{100*n/total:5.1f}%  {name}')
