# Formatting floats with format specs.
x = 1234.56789
for spec in ['', 'f', '.0f', '.1f', '.3f', '10.2f', '<10.2f', '^12.1f', '+.2f', ' .2f', '010.2f',
             ',.2f', '_.3f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', 'n', '#.0f',
             '*>12.2f', '=+12.2f', '.2']:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 1.5e300, 123456789.0, 0.000123, 100.0, 1e-5]:
    print(format(v, 'g'), format(v, '.3e'), format(v, 'f'), format(v, ''), str(v), format(v, '.12g'))
print(f"{0.1:.20f}", f"{2/3:.15f}", f"{1/3:.17g}", f"{-1.5:08.2f}")
print("%f %.2f %e %.3E %g %G %10.4f|%-10.1f|" % (3.14159, 2.71828, 12345.678, 0.000123, 1e-10, 1e20, 1.5, 2.5))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print(format(float('inf'), '+'), format(float('nan'), '>6'), format(-float('inf'), 'F'), format(float('nan'), 'F'))
