using System.Text;
using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>The raw REPL and raw-paste protocols (repl.md §6), with the exact bytes of the facts' examples.</summary>
public sealed class RawReplTests
{
    private const string Enter = ">>> \r\nraw REPL; CTRL-B to exit\r\n>";

    /// <summary>Output after entering the raw REPL; the keys should leave it (Ctrl-B or Ctrl-D).</summary>
    private static ReplSession.Result Raw(string keys) => ReplSession.Run("\u0001" + keys);

    private static string RawOutput(string keys)
    {
        var r = Raw(keys);
        Assert.StartsWith(Enter, r.Output);
        return r.Output.Substring(Enter.Length);
    }

    [Fact]
    public void OutputIsFramedByOkAndTwoEndMarkers()
    {
        Assert.Equal("OK123\n\u0004\u0004>OK\r\n", RawOutput("print(123)\u0004\u0004"));
    }

    [Fact]
    public void ExceptionsGoBetweenTheMarkers()
    {
        Assert.Equal(
            "OK\u0004Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n\u0004>OK\r\n",
            RawOutput("1/0\u0004\u0004"));
        Assert.Equal(
            "OK\u0004Traceback (most recent call last):\n  File \"<stdin>\", line 1\nSyntaxError: invalid syntax\n\u0004>OK\r\n",
            RawOutput("1+\u0004\u0004"));
    }

    [Fact]
    public void CodeRunsAsAFileNotPrintingExpressionsAndKeepsItsGlobals()
    {
        Assert.Equal("OK\u0004\u0004>OK7\n\u0004\u0004>OK\r\n", RawOutput("x = 7\nx\n\u0004print(x)\u0004\u0004"));
    }

    [Fact]
    public void SystemExitLeavesAfterTheMarkers()
    {
        var r = Raw("import sys\nsys.exit(3)\u0004print(1)\u0004");
        Assert.Equal(Enter + "OK\u0004\u0004", r.Output);
        Assert.Equal(3, r.Status);
    }

    [Fact]
    public void EmptyCommandIsASoftResetWhichLeavesOnUnix()
    {
        var r = Raw("\u0004");
        Assert.Equal(Enter + "OK\r\n", r.Output);
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void CtrlCClearsTheBufferCtrlAResets()
    {
        Assert.Equal("OK2\n\u0004\u0004>raw REPL; CTRL-B to exit\r\n>OK\r\n", RawOutput("print(1)\u0003print(2)\u0004junk\u0001\u0004"));
    }

    [Fact]
    public void CtrlBGoesBackToTheFriendlyRepl()
    {
        Assert.Equal("\r\n" + ReplSession.Banner + ">>> 1\r\n1\n>>> \r\n", RawOutput("\u00021\r\u0004"));
    }

    [Fact]
    public void NoEchoAndEightBitCleanInput()
    {
        var utf8 = ScriptedTerminal.Utf8Keys("print('é\\t', len('é'))");
        Assert.Equal("OKé\t 1\n\u0004\u0004>OK\r\n", RawOutput(utf8 + "\u0004\u0004"));
    }

    [Fact]
    public void RawPasteTheDocumentedExchange()
    {
        Assert.Equal("R\u0001\u0080\u0000\u0001\u0004" + "123\n\u0004\u0004>OK\r\n", RawOutput("\u0005A\u0001print(123)\u0004\u0004"));
    }

    [Fact]
    public void RawPasteGrantsAWindowEvery128Bytes()
    {
        var code = new StringBuilder();
        while (code.Length < 300)
        {
            code.Append("x = 1\n");
        }

        code.Length = 300;
        code[299] = '\n';
        string output = RawOutput("\u0005A\u0001" + code + "\u0004\u0004");
        Assert.Equal("R\u0001\u0080\u0000\u0001" + "\u0001\u0001" + "\u0004\u0004\u0004>OK\r\n", output);
    }

    [Fact]
    public void RawPasteErrorsAreFramedLikeRawOnes()
    {
        Assert.Equal(
            "R\u0001\u0080\u0000\u0001\u0004\u0004Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n\u0004>OK\r\n",
            RawOutput("\u0005A\u00011/0\u0004\u0004"));
    }

    [Fact]
    public void RawPasteCtrlCAbortsWithKeyboardInterrupt()
    {
        var r = Raw("\u0005A\u0001print(1)\u0003\u0004");
        Assert.Equal(Enter + "R\u0001\u0080\u0000\u0001\u0004\u0004KeyboardInterrupt: \n\u0004>OK\r\n", r.Output);
        Assert.Equal(0, r.Terminal.ProgramRuns);
    }

    [Fact]
    public void OtherRawPasteCommandsAreRefused()
    {
        Assert.Equal("R\u0000>OK1\n\u0004\u0004>OK\r\n", RawOutput("\u0005B\u0001print(1)\u0004\u0004"));
    }
}
