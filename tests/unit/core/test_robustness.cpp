// Unit tests: the front end and compiler never crash or hang on damaged
// input. Every conformance script is compiled whole, then truncated at many
// points and with bytes flipped; each variant must compile or raise a clean
// SyntaxErrorException.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/compiler.h"
#include "core/errors.h"
#include "core/interp.h"

namespace coil {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> conformance_scripts() {
  std::vector<fs::path> out;
  fs::path root = fs::path(COIL_SOURCE_DIR) / "tests" / "py";
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".py") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Compiles; returns false for a SyntaxError. Anything else (a crash, a C++
// exception of another kind) fails the test.
bool compiles(const std::string& source) {
  try {
    compile_module(source, "fuzz.py");
    return true;
  } catch (SyntaxErrorException& e) {
    EXPECT_FALSE(e.info().message.empty());
    EXPECT_GE(e.info().line, 0);
    return false;
  } catch (PyException&) {
    // Constant folding may raise (e.g. an int literal too long to convert);
    // that is a clean error too.
    return false;
  }
}

class Robustness : public ::testing::Test {
 protected:
  void SetUp() override { init_interpreter(); }
};

TEST_F(Robustness, TruncatedAndCorruptedScriptsFailCleanly) {
  std::vector<fs::path> scripts = conformance_scripts();
  ASSERT_FALSE(scripts.empty()) << "no conformance scripts found under tests/py";
  std::mt19937 rng(12345);
  size_t variants = 0;
  for (const fs::path& p : scripts) {
    std::string src = read(p);
    compiles(src);
    // Truncations at 12 points spread over the file.
    for (int k = 1; k <= 12; k++) {
      compiles(src.substr(0, src.size() * static_cast<size_t>(k) / 13));
      variants++;
    }
    // Four single-byte corruptions and one burst.
    if (src.empty()) continue;
    for (int k = 0; k < 5; k++) {
      std::string bad = src;
      int n = k == 4 ? 8 : 1;
      for (int j = 0; j < n; j++) {
        size_t at = std::uniform_int_distribution<size_t>(0, bad.size() - 1)(rng);
        bad[at] = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
      }
      compiles(bad);
      variants++;
    }
  }
  EXPECT_GT(variants, scripts.size() * 10);
}

TEST_F(Robustness, DeepNestingIsASyntaxErrorNotAStackOverflow) {
  EXPECT_FALSE(compiles(std::string(100000, '(')));
  EXPECT_FALSE(compiles("x = " + std::string(50000, '[') + std::string(50000, ']')));
  compiles("x = " + std::string(100000, '-') + "1");  // either way, no crash
  compiles("x = " + std::string(100000, '~') + "y");
  std::string deep_if;
  for (int i = 0; i < 200; i++) deep_if += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  deep_if += std::string(200, ' ') + "pass\n";
  EXPECT_FALSE(compiles(deep_if));
}

TEST_F(Robustness, GarbageBytesFailCleanly) {
  std::mt19937 rng(99);
  for (int i = 0; i < 200; i++) {
    std::string s(static_cast<size_t>(std::uniform_int_distribution<int>(1, 300)(rng)), '\0');
    for (char& c : s) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    compiles(s);
  }
}

}  // namespace
}  // namespace coil
