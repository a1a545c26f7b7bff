using System.IO;
using MicroPython.Io;
using MicroPython.Runtime;
using MicroPython.Sdk.FileSystems;
using Xunit;

namespace MicroPython.Tests.Io;

/// <summary>The host filesystem behind the launcher: modes, the errno of each failure, its own current directory.</summary>
public sealed class HostFileSystemTests
{
    private readonly string _dir;
    private readonly HostFileSystem _fs;

    public HostFileSystemTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "mpnet-hostfs-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_dir);
        _fs = new HostFileSystem(_dir);
    }

    private static int ErrnoOf(System.Action op) => Assert.Throws<FileSystemException>(op).Errno;

    [Theory]
    [InlineData("r", true, false, false, false, false, false)]
    [InlineData("rb", true, false, false, false, false, true)]
    [InlineData("w", false, true, true, false, false, false)]
    [InlineData("a+", true, true, false, true, false, false)]
    [InlineData("xb", false, true, false, false, true, true)]
    [InlineData("r+t", true, true, false, false, false, false)]
    [InlineData("rq", true, false, false, false, false, false)]
    public void ModeStringsDecodeAsMicroPythonDoes(string text, bool read, bool write, bool truncate, bool append, bool exclusive, bool binary)
    {
        var m = FileOpenMode.Parse(text);
        Assert.Equal((read, write, truncate, append, exclusive, binary), (m.Read, m.Write, m.Truncate, m.Append, m.Exclusive, m.Binary));
    }

    [Fact]
    public void WriteThenReadRoundTrips()
    {
        using (var w = _fs.Open("f.txt", FileOpenMode.Parse("w")))
        {
            w.Write("abc"u8);
        }

        using (var a = _fs.Open("f.txt", FileOpenMode.Parse("a")))
        {
            a.Seek(0, SeekOrigin.Begin);
            a.Write("de"u8); // append mode writes at the end wherever the position is
        }

        Assert.Equal("abcde", File.ReadAllText(Path.Combine(_dir, "f.txt")));
        Assert.Equal(5, _fs.Stat("f.txt").Size);
        Assert.False(_fs.Stat("f.txt").IsDirectory);
    }

    [Fact]
    public void FailuresCarryPosixErrnos()
    {
        Assert.Equal(Errno.ENOENT, ErrnoOf(() => _fs.Open("nope", FileOpenMode.Parse("r"))));
        Assert.Equal(Errno.ENOENT, ErrnoOf(() => _fs.Stat("nope")));
        Assert.Equal(Errno.ENOENT, ErrnoOf(() => _fs.Remove("nope")));
        Assert.Equal(Errno.ENOENT, ErrnoOf(() => _fs.MakeDirectory("no/such/parent")));
        _fs.MakeDirectory("d");
        Assert.Equal(Errno.EEXIST, ErrnoOf(() => _fs.MakeDirectory("d")));
        Assert.Equal(Errno.EISDIR, ErrnoOf(() => _fs.Open("d", FileOpenMode.Parse("r"))));
        Assert.Equal(Errno.EISDIR, ErrnoOf(() => _fs.Remove("d")));
        File.WriteAllText(Path.Combine(_dir, "d", "x"), "1");
        Assert.Equal(Errno.ENOTEMPTY, ErrnoOf(() => _fs.RemoveDirectory("d")));
        Assert.Equal(Errno.EEXIST, ErrnoOf(() => _fs.Open("d/x", FileOpenMode.Parse("x"))));
        Assert.Equal(Errno.ENOTDIR, ErrnoOf(() => _fs.ListDirectory("d/x")));
    }

    [Fact]
    public void CurrentDirectoryIsPerFileSystem()
    {
        _fs.MakeDirectory("sub");
        _fs.ChangeDirectory("sub");
        Assert.Equal(Path.Combine(_dir, "sub"), _fs.GetCurrentDirectory());
        using (var s = _fs.Open("inner.txt", FileOpenMode.Parse("w")))
        {
        }

        Assert.True(File.Exists(Path.Combine(_dir, "sub", "inner.txt")));
        Assert.Equal(new[] { "inner.txt" }, _fs.ListDirectory("."));
        Assert.Equal(Errno.ENOENT, ErrnoOf(() => _fs.ChangeDirectory("missing")));
        _fs.Rename("inner.txt", "../moved.txt");
        Assert.True(File.Exists(Path.Combine(_dir, "moved.txt")));
        _fs.ChangeDirectory("..");
        _fs.RemoveDirectory("sub");
        Assert.False(Directory.Exists(Path.Combine(_dir, "sub")));
    }
}
