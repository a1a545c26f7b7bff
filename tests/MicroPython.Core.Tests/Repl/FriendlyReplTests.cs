using MicroPython.Objects;
using MicroPython.Sdk.Repl;
using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>The friendly REPL's prompts, continuation, auto-indent and control keys (repl.md §2–§4), byte for byte.</summary>
public sealed class FriendlyReplTests
{
    [Fact]
    public void BannerThenPromptThenEchoAndResult()
    {
        var r = ReplSession.Run("1+1\r\u0004");
        Assert.Equal(">>> 1+1\r\n2\n>>> \r\n", r.Output);
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void WithoutHelpTheBannerIsOneLine()
    {
        var terminal = new ScriptedTerminal("\u0004");
        var runtime = MicroPython.Runtime.PyRuntime.Create();
        runtime.Stdout = terminal.Output;
        var options = new ReplOptions { BannerLine = "MicroPython x", ShowHelpLine = false };
        Assert.Equal(0, new ReplEngine(runtime, new DictObject(), terminal, options).Run());
        Assert.Equal("MicroPython x\r\n>>> \r\n", terminal.Text);
    }

    [Fact]
    public void ForLoopIsAutoIndentedAndEndsAfterTwoBlankLines()
    {
        // The sequence of repl.md §3.2: the first blank line keeps the indent, the second drops it, the third runs.
        Assert.Equal(
            ">>> for i in range(2):\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n0\n1\n>>> \r\n",
            ReplSession.Output("for i in range(2):\rprint(i)\r\r\r\r"));
    }

    [Fact]
    public void BackspaceRemovesTheAutoIndentAndEnterRunsTheBlock()
    {
        Assert.Equal(
            ">>> for i in range(2):\r\n...     print(i)\r\n...     \b\b\b\b\u001b[K\r\n0\n1\n>>> \r\n",
            ReplSession.Output("for i in range(2):\rprint(i)\r\u007f\r"));
    }

    [Fact]
    public void NestedBlocksIndentTwoLevels()
    {
        Assert.Equal(
            ">>> for i in range(2):\r\n...     if i:\r\n...         print(i)\r\n...         \r\n...         \r\n... \r\n1\n>>> \r\n",
            ReplSession.Output("for i in range(2):\rif i:\rprint(i)\r\r\r\r"));
    }

    [Fact]
    public void ASpaceRightAfterAutoIndentTakesBackThreeOfItsSpaces()
    {
        // Pasted code brings its own indentation: " " + "   print(i)" ends up indented by four, not eight.
        Assert.Equal(
            ">>> for i in range(2):\r\n...     \b\b\b   print(i)\r\n...     \b\b\b\b\u001b[K\r\n0\n1\n>>> \r\n",
            ReplSession.Output("for i in range(2):\r    print(i)\r\u007f\r"));
    }

    [Fact]
    public void TabRightAfterAutoIndentKeepsIt()
    {
        Assert.Equal(
            ">>> for i in range(2):\r\n...     print(i)\r\n...     \b\b\b\b\u001b[K\r\n0\n1\n>>> \r\n",
            ReplSession.Output("for i in range(2):\r\tprint(i)\r\u007f\r"));
    }

    [Fact]
    public void OpenBracketsTripleQuotesAndBackslashContinue()
    {
        Assert.Equal(">>> x = (1,\r\n... 2)\r\n>>> x\r\n(1, 2)\n>>> \r\n", ReplSession.Output("x = (1,\r2)\rx\r"));
        Assert.Equal(">>> s = '''a\r\n... b'''\r\n>>> s\r\n'a\\nb'\n>>> \r\n", ReplSession.Output("s = '''a\rb'''\rs\r"));
        Assert.Equal(">>> 1 + \\\r\n... 2\r\n3\n>>> \r\n", ReplSession.Output("1 + \\\r2\r"));
    }

    [Fact]
    public void AOneLineCompoundStatementNeedsASecondEnter()
    {
        Assert.Equal(">>> if 1: print('y')\r\n... \r\ny\n>>> \r\n", ReplSession.Output("if 1: print('y')\r\r"));
    }

    [Fact]
    public void EmptyLinesJustPromptAgain()
    {
        Assert.Equal(">>> \r\n>>> \r\n>>> \r\n", ReplSession.Output("\r\r"));
    }

    [Fact]
    public void ExpressionValuesPrintAndUnderscoreHoldsTheLastOne()
    {
        Assert.Equal(">>> 6*7\r\n42\n>>> _ + 1\r\n43\n>>> None\r\n>>> _\r\n43\n>>> \r\n", ReplSession.Output("6*7\r_ + 1\rNone\r_\r"));
    }

    [Fact]
    public void ExceptionsPrintATracebackAndTheReplGoesOn()
    {
        Assert.Equal(
            ">>> 1/0\r\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n>>> 2\r\n2\n>>> \r\n",
            ReplSession.Output("1/0\r2\r"));
    }

    [Fact]
    public void SyntaxErrorsNameStdinLineOne()
    {
        Assert.Equal(
            ">>> 1+\r\nTraceback (most recent call last):\n  File \"<stdin>\", line 1\nSyntaxError: invalid syntax\n>>> \r\n",
            ReplSession.Output("1+\r"));
    }

    [Fact]
    public void CtrlCCancelsTheLine()
    {
        Assert.Equal(">>> abc\r\n>>> \r\n", ReplSession.Output("abc\u0003"));
        Assert.Equal(">>> \r\n>>> \r\n", ReplSession.Output("\u0003"));
    }

    [Fact]
    public void CtrlCOnAContinuationLineCancelsTheWholeInput()
    {
        var r = ReplSession.Run("for i in x:\r\u0003\u0004");
        Assert.Equal(">>> for i in x:\r\n...     \r\n>>> \r\n", r.Output);
        Assert.Equal(0, r.Terminal.ProgramRuns);
    }

    [Fact]
    public void CtrlDOnAnEmptyContinuationLineRunsWhatWasEntered()
    {
        Assert.Equal(">>> for i in range(2): print(i)\r\n... 0\n1\n>>> \r\n", ReplSession.Output("for i in range(2): print(i)\r\u0004"));
    }

    [Fact]
    public void CtrlDAtThePromptLeavesWithStatusZero()
    {
        var r = ReplSession.Run("\u0004");
        Assert.Equal(">>> \r\n", r.Output);
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void EndOfInputLeavesLikeCtrlD()
    {
        var r = ReplSession.Run("1\r");
        Assert.Equal(">>> 1\r\n1\n>>> \r\n", r.Output);
        Assert.Equal(0, r.Status);
    }

    [Fact]
    public void CtrlBReprintsTheBanner()
    {
        Assert.Equal(">>> \r\n" + ReplSession.Banner + ">>> \r\n", ReplSession.Output("\u0002"));
    }

    [Fact]
    public void CtrlAEntersTheRawRepl()
    {
        Assert.Equal(">>> \r\nraw REPL; CTRL-B to exit\r\n>\r\n" + ReplSession.Banner + ">>> \r\n", ReplSession.Output("\u0001\u0002"));
    }

    [Fact]
    public void PromptsComeFromSysPs1AndPs2()
    {
        Assert.Equal(
            ">>> import sys\r\n>>> sys.ps1 = 'mp> '\r\nmp> sys.ps2 = '.. '\r\nmp> if 1:\r\n..     pass\r\n..     \r\n..     \r\n.. \r\nmp> \r\n",
            ReplSession.Output("import sys\rsys.ps1 = 'mp> '\rsys.ps2 = '.. '\rif 1:\rpass\r\r\r\r"));
    }

    [Fact]
    public void SystemExitLeavesWithItsStatus()
    {
        var r = ReplSession.Run("import sys\rsys.exit(261)\r1\r");
        Assert.Equal(">>> import sys\r\n>>> sys.exit(261)\r\n", r.Output);
        Assert.Equal(5, r.Status);
    }

    [Fact]
    public void SystemExitWithTextPrintsItToStderrAndGivesOne()
    {
        var r = ReplSession.Run("raise SystemExit('bye')\r");
        Assert.Equal(1, r.Status);
        Assert.Equal("bye\n", r.Stderr);
        var none = ReplSession.Run("raise SystemExit\r");
        Assert.Equal(0, none.Status);
    }

    [Fact]
    public void BoardsSoftResetOnCtrlD()
    {
        int resets = 0;
        var options = new ReplOptions { BannerLine = ReplSession.BannerLine, SoftReset = () => resets++ };
        var r = ReplSession.Run("\u0004", options: options);
        Assert.Equal(">>> \r\nMPY: soft reboot\r\n" + ReplSession.Banner + ">>> \r\n", r.Output);
        Assert.Equal(1, resets);
    }

    [Fact]
    public void TheHeapLockIsReleasedBeforeEachInput()
    {
        Assert.Equal(
            ">>> import micropython\r\n>>> micropython.heap_lock()\r\n>>> [1, 2]\r\n[1, 2]\n>>> \r\n",
            ReplSession.Output("import micropython\rmicropython.heap_lock()\r[1, 2]\r"));
    }
}
