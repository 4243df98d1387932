# sys.maxsize and other simple attributes.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(-sys.maxsize - 1, sys.maxsize + 1)
print(sys.version_info[0], sys.version_info.major >= 3, type(sys.version).__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.path, list), "sys" in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30) or True)
