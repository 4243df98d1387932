# Format-spec presentation types b c d o x X e E f F g G % n and #.
n = 255
print(format(n, 'b'), format(n, '#b'), format(n, 'o'), format(n, '#o'), format(n, 'x'), format(n, '#X'))
print(format(n, 'd'), format(n, 'c'), format(65, 'c'), format(n, 'n'), format(-n, '#x'), format(-n, 'b'))
print(format(n, 'e'), format(n, 'f'), format(n, 'g'), format(n, '%'), format(n, '.2%'))
print(format(1234567, '#_b') if False else format(1234567, '_b'), format(1234567, '_x'), format(0xABCDEF, '#_X'))
x = 12345.6789
print(format(x, 'e'), format(x, 'E'), format(x, '.0e'), format(x, 'f'), format(x, 'F'), format(x, '.1f'))
print(format(x, 'g'), format(x, 'G'), format(x, '.2g'), format(x, '.8g'), format(x, '#g'), format(x, '#.2g'))
print(format(0.00001234, 'g'), format(0.0001234, 'g'), format(1e20, 'g'), format(1e-5, 'G'), format(123456789.0, 'g'))
print(format(0.5, '%'), format(0.12345, '.1%'), format(1, '%'), format(-0.255, '.1%'))
print(format(float('inf'), 'f'), format(float('inf'), 'F'), format(float('nan'), 'E'), format(float('-inf'), 'g'))
print(format(1.0, 'g'), format(1.0, '#g'), format(10.0, '.0f'), format(10.0, '#.0f'), format(0.0, 'e'))
print(format(2 ** 100, 'x'), format(2 ** 100, 'e'), format(2 ** 64, ','), format(-(2 ** 64), '_'))
print(format(42, '08b'), format(42, '#010b'), format(42, '+#x'), format(42, ' o'))
for bad in [(1.5, 'd'), (1.5, 'x'), ('s', 'd'), (1, 'q'), (65, ',c'), (1.5, 'c')]:
    try:
        print(format(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
