// The file seam and atomic writing: memory and overlay trees, AtomicFile on a real disk.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "io/atomic_file.hpp"
#include "io/file_system.hpp"
#include "model/source.hpp"

using namespace lplan;
using namespace lplan::io;
namespace fs = std::filesystem;

namespace {

/// A fresh folder under /tmp, removed at the end of the test.
struct TempFolder {
  fs::path path;
  TempFolder() {
    std::string tmpl = (fs::temp_directory_path() / "lplan-io-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempFolder() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
  }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void spit(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace

TEST_CASE("a memory tree lists its folders and files sorted, and reads them") {
  MemoryFileSystem files;
  files.add("plans/2020/sn1.yaml", "a");
  files.add("plans/2020/plan.yaml", "b");
  files.add("plans/people.yaml", "c");
  auto root = files.list("plans");
  REQUIRE(root.ok);
  REQUIRE(root.entries.size() == 2);
  CHECK(root.entries[0].name == "2020");
  CHECK(root.entries[0].kind == PathKind::Folder);
  CHECK(root.entries[1].name == "people.yaml");
  CHECK(files.kind("plans/2020") == PathKind::Folder);
  CHECK(files.kind("plans/2021") == PathKind::Missing);
  auto r = files.read("plans/./2020/sn1.yaml", 100);
  REQUIRE(r.status == ReadResult::Status::Ok);
  CHECK(r.bytes->view() == "a");
  CHECK(files.read("plans/2020/sn1.yaml", 0).status == ReadResult::Status::TooLarge);
  CHECK(files.read("plans/x.yaml", 10).status == ReadResult::Status::Missing);
}

TEST_CASE("an overlay hides the base's file and adds its own") {
  MemoryFileSystem base;
  base.add("p/2020/a.yaml", "old");
  OverlayFileSystem over(base);
  over.add("p/2020/a.yaml", "new");
  over.add("p/2020/b.yaml", "added");
  CHECK(over.read("p/2020/a.yaml", 10).bytes->view() == "new");
  auto l = over.list("p/2020");
  REQUIRE(l.entries.size() == 2);
  CHECK(l.entries[1].name == "b.yaml");
  CHECK(over.tree() == base.tree());
}

TEST_CASE("two trees with the same paths keep their files apart") {
  MemoryFileSystem a;
  MemoryFileSystem b;
  FilePath fa = intern_path("plans/2020/sn1.yaml", a.tree());
  FilePath fb = intern_path("plans/2020/sn1.yaml", b.tree());
  CHECK(fa != fb);
  CHECK(path_of(fa) == path_of(fb));
  CHECK(intern_path("plans/2020/sn1.yaml", a.tree()) == fa);
  CHECK(tree_of(fb) == b.tree());
}

TEST_CASE("more than 16,383 files keep numbers of their own") {
  FilePath first = intern_path("many/0.yaml", 77);
  FilePath last = first;
  for (int i = 1; i <= 17000; ++i) {
    last = intern_path("many/" + std::to_string(i) + ".yaml", 77);
  }
  CHECK(last == first + 17000);
  SourceLoc loc{last, 3, 4};
  CHECK(loc.path() == "many/17000.yaml");
}

TEST_CASE("the disk tree reads a file with its stamp and lists links") {
  TempFolder dir;
  spit(dir.file("a.yaml"), "text");
  fs::create_symlink("a.yaml", dir.path / "link.yaml");
  fs::create_symlink("missing.yaml", dir.path / "dangling.yaml");
  DiskFileSystem disk;
  auto r = disk.read(dir.file("a.yaml"), 100);
  REQUIRE(r.status == ReadResult::Status::Ok);
  CHECK(r.bytes->view() == "text");
  CHECK(r.bytes->stamp.known);
  CHECK(r.bytes->stamp.size == 4);
  auto l = disk.list(dir.path.string());
  REQUIRE(l.entries.size() == 3);
  CHECK(l.entries[0].name == "a.yaml");
  CHECK(l.entries[1].name == "dangling.yaml");
  CHECK(l.entries[1].broken_link);
  CHECK(l.entries[2].link);
  CHECK(l.entries[2].kind == PathKind::File);
  CHECK(disk.read(dir.file("missing.yaml"), 10).status == ReadResult::Status::Missing);
}

TEST_CASE("Not committing leaves the old file and nothing else") {
  TempFolder dir;
  spit(dir.file("plan.yaml"), "old");
  {
    AtomicFile f(dir.file("plan.yaml"));
    f.write("new content");
  }
  CHECK(slurp(dir.file("plan.yaml")) == "old");
  CHECK(dir.entries() == 1);
}

TEST_CASE("commit replaces the file, keeps its mode and leaves no temporary file") {
  TempFolder dir;
  spit(dir.file("plan.yaml"), "old");
  ::chmod(dir.file("plan.yaml").c_str(), 0640);
  AtomicFile f(dir.file("plan.yaml"), AtomicFile::Mode::Replace, stamp_of_path(dir.file("plan.yaml")));
  f.write("new");
  f.commit();
  CHECK(slurp(dir.file("plan.yaml")) == "new");
  struct stat st {};
  REQUIRE(::stat(dir.file("plan.yaml").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(dir.entries() == 1);
}

TEST_CASE("commit refuses when the file changed on disk since it was read") {
  TempFolder dir;
  spit(dir.file("plan.yaml"), "old");
  auto stamp = stamp_of_path(dir.file("plan.yaml"));
  ::usleep(10000);
  spit(dir.file("plan.yaml"), "someone else's edit");
  AtomicFile f(dir.file("plan.yaml"), AtomicFile::Mode::Replace, stamp);
  f.write("mine");
  CHECK_THROWS_AS(f.commit(), WriteError);
  CHECK(slurp(dir.file("plan.yaml")) == "someone else's edit");
  CHECK(dir.entries() == 1);
}

TEST_CASE("a link is followed: its target is written and the link stays a link") {
  TempFolder dir;
  fs::create_directory(dir.path / "real");
  spit(dir.file("real/plan.yaml"), "old");
  fs::create_symlink("real/plan.yaml", dir.path / "plan.yaml");
  write_file_atomically(dir.file("plan.yaml"), "new");
  CHECK(fs::is_symlink(dir.path / "plan.yaml"));
  CHECK(slurp(dir.file("real/plan.yaml")) == "new");
}

TEST_CASE("Create mode never replaces a file") {
  TempFolder dir;
  spit(dir.file("2021.yaml"), "exists");
  AtomicFile f(dir.file("2021.yaml"), AtomicFile::Mode::Create);
  f.write("new");
  CHECK_THROWS_AS(f.commit(), WriteError);
  CHECK(slurp(dir.file("2021.yaml")) == "exists");
  AtomicFile g(dir.file("2022.yaml"), AtomicFile::Mode::Create);
  g.write("fresh");
  g.commit();
  CHECK(slurp(dir.file("2022.yaml")) == "fresh");
  CHECK(dir.entries() == 2);
}

TEST_CASE("a folder that does not exist is a WriteError") {
  CHECK_THROWS_AS(AtomicFile("/nonexistent-lplan-folder/x.yaml"), WriteError);
}
