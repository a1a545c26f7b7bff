using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>Tier 1 through the real launcher: the <c>-X tier1=</c> switch, deep recursion and Ctrl-C in compiled code.</summary>
public sealed class Tier1LauncherTests
{
    private const string Loop = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f(100000))\n";

    [Theory]
    [InlineData("off")]
    [InlineData("on")]
    [InlineData("eager")]
    public void EveryModeRunsTheSameProgram(string mode)
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-X", "tier1=" + mode, "-c", Loop);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("4999950000\n", r.Stdout);
    }

    [Fact]
    public void AnUnknownModeIsRejected()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-X", "tier1=fast", "-c", "pass");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Invalid command line arguments. Use -h option for help.\n", r.Stderr);
    }

    [Fact]
    public void HelpNamesTheSwitch()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-h");
        Assert.Contains("tier1={off,on,eager}", r.Stdout + r.Stderr);
    }

    [Fact]
    public void CompiledRecursionEndsInRecursionErrorNotAStackOverflow()
    {
        // Compiled code calls Python functions on the .NET stack: the depth limit must still hold, and a recursion
        // just under it must still work.
        const string source =
            "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n" +
            "print(down(900))\n" +
            "def forever(n):\n    return forever(n + 1)\n" +
            "for attempt in range(3):\n" +
            "    try:\n        forever(0)\n    except RuntimeError as e:\n        print(attempt, e)\n" +
            "print(down(900))\n";
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 60000, "-X", "tier1=eager", "-c", source);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("900\n0 maximum recursion depth exceeded\n1 maximum recursion depth exceeded\n2 maximum recursion depth exceeded\n900\n", r.Stdout);
    }

    [Theory]
    [InlineData("def spin():\n    n = 0\n    while True:\n        n += 1\ntry:\n    spin()\n")]
    [InlineData("try:\n    while True:\n        pass\n")]
    public void SigIntInterruptsACompiledInfiniteLoop(string loop)
    {
        // A function's loop and a module-level `while True: pass`, both compiled (eager): the compiled backward
        // jump polls for the pending Ctrl-C as the interpreter's does.
        var source = "print('ready'); sys.stdout.flush()\n" + loop +
            "except KeyboardInterrupt:\n    print('caught KeyboardInterrupt')\nprint('after')\n";
        var (status, output) = InterruptLauncherTests.RunAndInterrupt(source, "-X", "tier1=eager");
        Assert.Equal("caught KeyboardInterrupt\nafter\n", output);
        Assert.Equal(0, status);
    }
}
