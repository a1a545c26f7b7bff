using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>The launcher's user-facing behaviour, driven as a user drives it (a child process).</summary>
public sealed class LauncherTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-tests-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void UnboundedRecursionIsARuntimeErrorNotACrash()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 60000, "-c", "def f(): f()\nf()");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("Traceback (most recent call last):\n", r.Stdout);
        Assert.Contains("  File \"<stdin>\", line 1, in f\n", r.Stdout);
        Assert.EndsWith("RuntimeError: maximum recursion depth exceeded\n", r.Stdout);
        Assert.DoesNotContain("   at ", r.Combined);
        Assert.DoesNotContain("Stack overflow", r.Combined);
    }

    [Fact]
    public void SyntaxErrorReportsFileAndLine()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.py"), "x = 1\nif x\n    pass\n");
        var r = LauncherProcess.Run(dir, null, 30000, "bad.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Traceback (most recent call last):\n  File \"bad.py\", line 2\nSyntaxError: invalid syntax\n", r.Stdout);
        Assert.DoesNotContain("   at ", r.Combined);
    }

    [Fact]
    public void UncaughtExceptionPrintsTracebackAndExitsOne()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "t.py"), "def g():\n    raise ValueError('bad')\n\ng()\n");
        var r = LauncherProcess.Run(dir, null, 30000, "t.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n  File \"t.py\", line 2, in g\nValueError: bad\n",
            r.Stdout);
    }

    [Theory]
    [InlineData("import sys; sys.exit(3)", 3, "")]
    [InlineData("raise SystemExit", 0, "")]
    [InlineData("import sys; sys.exit('bye')", 1, "bye\n")]
    [InlineData("raise SystemExit(258)", 2, "")]
    public void SystemExitSetsTheStatus(string code, int status, string stderr)
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-c", code);
        Assert.Equal(status, r.ExitCode);
        Assert.Equal(stderr, r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void ArgvAndPlatformAreThoseOfTheUnixPort()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-c", "import sys; print(sys.argv, sys.platform, sys.implementation.name, sys.implementation._mpy & 0xff)", "a", "b");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("['-c', 'a', 'b'] linux micropython 6\n", r.Stdout);
    }

    [Fact]
    public void ScriptFromPipedStdinRunsAsAFile()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), "print(6 * 7)\n", 30000);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("42\n", r.Stdout);
    }

    [Fact]
    public void MissingScriptIsReportedWithStatusTwo()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "no_such_script.py");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("micropython: can't open file 'no_such_script.py': [Errno 2] No such file or directory\n", r.Stderr);
    }

    [Fact]
    public void ModuleFlagImportsFromTheCurrentFolder()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "hello_mod.py"), "import sys\nprint(__name__, sys.argv)\n");
        var r = LauncherProcess.Run(dir, null, 30000, "-m", "hello_mod", "x");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("__main__ ['hello_mod', 'x']\n", r.Stdout);
    }

    [Fact]
    public void BadOptionsAreRejected()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-z");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Invalid command line arguments. Use -h option for help.\n", r.Stderr);
    }

    [Fact]
    public void TestRunnerTargetDetectionSeesALinuxBytecodeTarget()
    {
        // The probe MicroPython's run-tests.py uses to classify a target (test-runner.md): the unix port reports
        // at the DETAILED level, whose message for this call is 56 characters long.
        const string probe = "import sys\n" +
            "try:\n    (lambda: 0)(0)\nexcept TypeError as er:\n    print(len(er.value))\n" +
            "print(sys.platform, (sys.implementation._mpy >> 10) & 0x0F, len('\\u03b1'))\n";
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-X", "emit=bytecode", "-X", "heapsize=1M", "-c", probe);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("56\nlinux 0 1\n", r.Stdout);
    }

    [Fact]
    public void InteractiveSessionEchoesResultsAndContinuesBlocks()
    {
        // -i enters the REPL after -c even when stdin is not a terminal, which lets a test type into it.
        const string typed = "x * 2\nfor i in range(2):\n    print(i)\n\n1/0\n_ + 1\n";
        var r = LauncherProcess.Run(Path.GetTempPath(), typed, 30000, "-i", "-c", "x = 21");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', 2); // LauncherProcess has already turned the REPL's \r\n into \n
        Assert.StartsWith("MicroPython v", lines[0]);
        Assert.Equal(
            "Type \"help()\" for more information.\n>>> 42\n>>> ... ... 0\n1\n>>> Traceback (most recent call last):\n" +
            "  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n>>> 43\n>>> \n",
            lines[1]);
    }
}
