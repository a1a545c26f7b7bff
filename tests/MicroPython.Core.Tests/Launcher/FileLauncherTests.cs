using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>open(), io and os through the real launcher on the host's files, as a user runs them.</summary>
public sealed class FileLauncherTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-files-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void ReadsAFileTheUserWrote()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "data.txt"), "alpha\nbeta\n");
        var r = LauncherProcess.Run(dir, null, 30000, "-c", "f = open('data.txt')\nprint(f.readlines(), f)\nf.close()");
        Assert.Equal("['alpha\\n', 'beta\\n'] <io.TextIOWrapper 3>\n", r.Combined);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void WritesAFileTheUserCanRead()
    {
        var dir = TempDir();
        var r = LauncherProcess.Run(dir, null, 30000, "-c", "with open('out.bin', 'wb') as f:\n    print(f.write(b'\\x01\\x02'), f)");
        Assert.Equal("2 <io.FileIO 3>\n", r.Combined);
        Assert.Equal(new byte[] { 1, 2 }, File.ReadAllBytes(Path.Combine(dir, "out.bin")));
    }

    [Fact]
    public void WritesReachTheFileWithoutClose()
    {
        var dir = TempDir();
        var r = LauncherProcess.Run(dir, null, 30000, "-c", "f = open('kept.txt', 'w')\nf.write('abc')\nopen('other.txt', 'a').write('x')");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("abc", File.ReadAllText(Path.Combine(dir, "kept.txt")));
        Assert.Equal("x", File.ReadAllText(Path.Combine(dir, "other.txt")));
    }

    [Fact]
    public void MissingFileIsOSErrorWithErrnoName()
    {
        var dir = TempDir();
        var r = LauncherProcess.Run(dir, null, 30000, "-c", "open('missing.txt')");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nOSError: [Errno 2] ENOENT\n",
            r.Stdout);
        Assert.DoesNotContain("   at ", r.Combined);
    }

    [Theory]
    [InlineData("import os\nos.mkdir('d')\nos.mkdir('d')", "OSError: [Errno 17] EEXIST")]
    [InlineData("import os\nos.mkdir('d')\nopen('d').read()", "OSError: [Errno 21] EISDIR")]
    [InlineData("f = open('x', 'w')\nf.close()\nf.write('a')", "ValueError: I/O operation on closed file")]
    [InlineData("open('x', 'w').read()", "OSError: [Errno 9] EBADF")]
    [InlineData("import io\nio.StringIO(1, 2)", "TypeError: function expected at most 1 arguments, got 2")]
    [InlineData("open(1)", "TypeError: can't convert 'int' object to str implicitly")]
    [InlineData("open('x', 'w').write(1)", "TypeError: object with buffer protocol required")]
    public void BadFileOperationsRaiseMicroPythonErrors(string source, string lastLine)
    {
        var r = LauncherProcess.Run(TempDir(), null, 30000, "-c", source);
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("\n" + lastLine + "\n", r.Stdout);
    }

    [Fact]
    public void OsSeesTheSameFilesAsTheHost()
    {
        var dir = TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "sub", "f.txt"), "12345");
        var r = LauncherProcess.Run(dir, null, 30000, "-c",
            "import os\nprint(os.listdir('sub'), os.stat('sub/f.txt')[6])\nos.rename('sub/f.txt', 'g.txt')\nos.rmdir('sub')\nprint(sorted(os.listdir()))");
        Assert.Equal("['f.txt'] 5\n['g.txt']\n", r.Combined);
        Assert.True(File.Exists(Path.Combine(dir, "g.txt")));
        Assert.False(Directory.Exists(Path.Combine(dir, "sub")));
    }
}
