# dict.get vs [] vs setdefault vs __missing__.
d = {'present': 0, 'none': None}
print(d.get('present'), d.get('none'), d.get('absent'), d.get('absent', []), 'none' in d)
print(d.setdefault('list', []), d)
d.setdefault('list', []).append(1)
d.setdefault('list', []).append(2)
print(d['list'])
class Zero(dict):
    def __missing__(self, k):
        return 0
z = Zero(a=5)
print(z['a'], z['b'], z.get('b'), 'b' in z, len(z))
class Auto(dict):
    def __missing__(self, k):
        v = self[k] = Auto()
        return v
tree = Auto()
tree['a']['b']['c'] = 1
tree['a']['x'] = 2
print(tree)
