using System;
using System.IO;
using System.Threading;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>
/// The launcher's REPL on a pseudo-terminal, typed into as MicroPython's test runner and tools such as mpremote do
/// (test-runner.md, repl.md): banner first, own echo and editing with the terminal in raw mode, Ctrl-C, paste
/// mode, the raw REPL and raw paste, history file, and the terminal restored at exit.
/// </summary>
public sealed class TerminalReplLauncherTests
{
    private const string HelpLine = "Type \"help()\" for more information.\r\n";
    private const uint ICanon = 0x2, Echo = 0x8, ISig = 0x1;

    /// <summary>Starts the launcher and checks that the banner and the first prompt are its first bytes.</summary>
    private static PtySession StartAtPrompt(string? home = null)
    {
        var session = PtySession.Start(home);
        string banner = session.WaitFor(">>> ");
        Assert.StartsWith("MicroPython v", banner);
        Assert.EndsWith("; linux [.NET] version\r\n" + HelpLine + ">>> ", banner);
        Assert.Equal(2, banner.Split("\r\n").Length - 1);
        return session;
    }

    private static void ExitWithCtrlD(PtySession session)
    {
        session.Send("\u0004");
        var (status, rest) = session.WaitForExit();
        Assert.Equal("\r\n", rest);
        Assert.Equal(0, status);
    }

    [Fact]
    public void BannerComesFirstAndEachKeyIsEchoedOnce()
    {
        using var s = StartAtPrompt();
        s.Send("1+1\r");
        Assert.Equal("1+1\r\n2\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void AForLoopIsAutoIndentedAndEndedByBlankLines()
    {
        using var s = StartAtPrompt();
        s.Send("for i in range(2):\r");
        Assert.Equal("for i in range(2):\r\n...     ", s.WaitFor("...     "));
        s.Send("print(i)\r");
        Assert.Equal("print(i)\r\n...     ", s.WaitFor("...     "));
        s.Send("\r");
        Assert.Equal("\r\n...     ", s.WaitFor("...     "));
        s.Send("\r");
        Assert.Equal("\r\n... ", s.WaitFor("... "));
        s.Send("\r");
        Assert.Equal("\r\n0\n1\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void CtrlCCancelsALineAndInterruptsRunningCode()
    {
        using var s = StartAtPrompt();
        s.Send("abc\u0003");
        Assert.Equal("abc\r\n>>> ", s.WaitFor(">>> "));
        s.Send("while True: pass\r");
        Assert.Equal("while True: pass\r\n... ", s.WaitFor("... "));
        s.Send("\r");
        Assert.Equal("\r\n", s.WaitFor("\r\n"));
        Thread.Sleep(300);
        Assert.Equal(ISig, s.LocalFlags() & ISig); // while code runs, Ctrl-C is the terminal's signal again
        s.Send("\u0003");
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt: \n>>> ",
            s.WaitFor(">>> "));
        s.Send("2\r");
        Assert.Equal("2\r\n2\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void PasteModeKeepsTheIndentationOfPastedCode()
    {
        using var s = StartAtPrompt();
        s.Send("\u0005");
        Assert.Equal("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ", s.WaitFor("=== "));
        s.Send("def f():\r    return 1\r\rprint(f())\r\u0004");
        Assert.Equal("def f():\r\n===     return 1\r\n=== \r\n=== print(f())\r\n=== \r\n1\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void RawReplAndRawPasteRoundTrip()
    {
        using var s = StartAtPrompt();
        s.Send("\r\u0001");
        Assert.Equal("\r\n>>> \r\nraw REPL; CTRL-B to exit\r\n>", s.WaitFor("exit\r\n>"));
        s.Send("print(123)\u0004");
        Assert.Equal("OK123\n\u0004\u0004>", s.WaitFor(">"));
        s.Send("1/0\u0004");
        Assert.Equal(
            "OK\u0004Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n\u0004>",
            s.WaitFor("\u0004>"));
        s.Send("\u0005A\u0001");
        Assert.Equal("R\u0001\u0080\u0000\u0001", s.WaitFor("R\u0001\u0080\u0000\u0001"));
        s.Send("print(456)\u0004");
        Assert.Equal("\u0004456\n\u0004\u0004>", s.WaitFor("\u0004\u0004>"));
        s.Send("\r\u0002");
        string banner = s.WaitFor(">>> ");
        Assert.StartsWith("\r\nMicroPython v", banner);
        Assert.EndsWith(HelpLine + ">>> ", banner);
        ExitWithCtrlD(s);
    }

    [Fact]
    public void RawReplSystemExitEndsTheProcessWithItsStatus()
    {
        using var s = StartAtPrompt();
        s.Send("\u0001");
        s.WaitFor("exit\r\n>");
        s.Send("import sys\nsys.exit(3)\u0004");
        var (status, rest) = s.WaitForExit();
        Assert.Equal("OK\u0004\u0004", rest);
        Assert.Equal(3, status);
    }

    [Fact]
    public void InputReadsALineWhileCodeRuns()
    {
        using var s = StartAtPrompt();
        s.Send("x = input('? ')\r");
        Assert.Equal("x = input('? ')\r\n? ", s.WaitFor("\r\n? "));
        Thread.Sleep(300);
        s.Send("hello\r");
        s.WaitFor(">>> ");
        s.Send("x\r");
        Assert.Equal("x\r\n'hello'\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void TabCompletesAndListsAttributes()
    {
        using var s = StartAtPrompt();
        s.Send("import sys\r");
        s.WaitFor(">>> ");
        s.Send("sys.ver\t");
        Assert.Equal("sys.version", s.WaitFor("sys.version"));
        s.Send("\t");
        Assert.Equal("\nversion         version_info\n>>> sys.version", s.WaitFor(">>> sys.version"));
        s.Send("\u0003");
        s.WaitFor(">>> ");
        ExitWithCtrlD(s);
    }

    [Fact]
    public void HistoryIsKeptInTheHomeFolderBetweenSessions()
    {
        string home;
        using (var first = StartAtPrompt())
        {
            home = first.Home;
            first.Send("1+2\r");
            first.WaitFor(">>> ");
            ExitWithCtrlD(first);
        }

        Assert.Equal("1+2\n", File.ReadAllText(Path.Combine(home, ".micropython.history")));
        using var second = StartAtPrompt(home);
        second.Send("\u001b[A");
        Assert.Equal("1+2", second.WaitFor("1+2"));
        second.Send("\r");
        Assert.Equal("\r\n3\n>>> ", second.WaitFor(">>> "));
        ExitWithCtrlD(second);
    }

    [Fact]
    public void InspectEntersTheReplAfterTheCommandWithItsGlobals()
    {
        using var s = PtySession.Start(null, "-i", "-c", "x = 5");
        s.WaitFor(HelpLine + ">>> ");
        s.Send("x\r");
        Assert.Equal("x\r\n5\n>>> ", s.WaitFor(">>> "));
        ExitWithCtrlD(s);
    }

    [Fact]
    public void AScriptOnATerminalWritesOnlyItsOwnOutput()
    {
        // No terminal set-up sequences from the runtime before, between or after the program's bytes.
        using var s = PtySession.Start(null, "-c", "print(1)\nprint(input('? '))");
        Assert.Equal("1\n? ", s.WaitFor("? "));
        s.Send("ab\r");
        var (status, rest) = s.WaitForExit();
        Assert.Equal(0, status);
        Assert.Equal("ab\nab\n", rest); // the terminal echoes the typed line (Enter as \n), then the program prints it
    }

    [Theory]
    [InlineData("\u0004", 0)]
    [InlineData("import sys\rsys.exit(7)\r", 7)]
    public void TheTerminalIsRestoredOnExit(string keys, int expectedStatus)
    {
        using var s = StartAtPrompt();
        Assert.Equal(0u, s.LocalFlags() & (ICanon | Echo | ISig)); // raw while the REPL reads keys
        s.Send(keys);
        var (status, _) = s.WaitForExit();
        Assert.Equal(expectedStatus, status);
        Assert.Equal(ICanon | Echo | ISig, s.LocalFlags() & (ICanon | Echo | ISig));
    }
}
