using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>Paste mode (Ctrl-E, repl.md §4.1).</summary>
public sealed class PasteModeTests
{
    private const string Header = ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";

    [Fact]
    public void TheDocumentedSession()
    {
        Assert.Equal(
            Header + "def f():\r\n===     return 1\r\n=== \r\n=== print(f())\r\n=== \r\n1\n>>> \r\n",
            ReplSession.Output("\u0005def f():\r    return 1\r\rprint(f())\r\u0004"));
    }

    [Fact]
    public void NonConstantExpressionsPrintConstantOnesDoNot()
    {
        Assert.Equal(
            Header + "x = 5\r\n=== x\r\n=== 1+1\r\n=== 'doc'\r\n=== \r\n5\n>>> \r\n",
            ReplSession.Output("\u0005x = 5\rx\r1+1\r'doc'\r\u0004"));
    }

    [Fact]
    public void CtrlCCancelsWithoutRunning()
    {
        var r = ReplSession.Run("\u0005print(1)\u0003\u0004");
        Assert.Equal(Header + "print(1)\r\n>>> \r\n", r.Output);
        Assert.Equal(0, r.Terminal.ProgramRuns);
    }

    [Fact]
    public void NoAutoIndentNoEditingAndAnyByteIsKept()
    {
        // Tab is text here and UTF-8 is echoed byte for byte; the program's own output is text.
        string e = ScriptedTerminal.Utf8Keys("é");
        Assert.Equal(
            Header + "if 1:\r\n=== \tprint('" + e + "')\r\n=== \r\né\n>>> \r\n",
            ReplSession.Output("\u0005if 1:\r\tprint('" + e + "')\r\u0004"));
    }

    [Fact]
    public void ErrorsReportLinesOfThePastedText()
    {
        Assert.Equal(
            Header + "x = 1\r\n=== 1/0\r\n=== \r\nTraceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: divide by zero\n>>> \r\n",
            ReplSession.Output("\u0005x = 1\r1/0\r\u0004"));
    }
}
