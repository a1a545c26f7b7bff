using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>
/// Every editing key of repl.md §3.3 with the exact redraw bytes MicroPython's readline writes: <c>\b</c> for up to
/// four steps left, <c>ESC [ n D</c> beyond, <c>ESC [ K</c> to erase, and the tail rewritten after an insertion.
/// </summary>
public sealed class LineEditorKeyTests
{
    [Theory]
    [InlineData("\u001b[D")]
    [InlineData("\u0002")] // Ctrl-B on a non-empty line
    public void LeftMovesBackAndInsertionRewritesTheTail(string left)
    {
        Assert.Equal(">>> 12\b32\b\r\n132\n>>> \r\n", ReplSession.Output("12" + left + "3\r"));
    }

    [Theory]
    [InlineData("\u001b[C")]
    [InlineData("\u0006")] // Ctrl-F
    public void RightMovesForwardByRewritingTheCharacter(string right)
    {
        Assert.Equal(">>> 12\b23\r\n123\n>>> \r\n", ReplSession.Output("12\u001b[D" + right + "3\r"));
    }

    [Fact]
    public void LeftAtTheStartAndRightAtTheEndDoNothing()
    {
        Assert.Equal(">>> 1\b1\r\n1\n>>> \r\n", ReplSession.Output("1\u001b[D\u001b[D\u001b[C\u001b[C\r"));
    }

    [Theory]
    [InlineData("\u001b[H")]
    [InlineData("\u001bOH")]
    [InlineData("\u001b[1~")]
    [InlineData("\u001b[7~")]
    [InlineData("\u0001")] // Ctrl-A on a non-empty line
    public void HomeKeys(string home)
    {
        Assert.Equal(">>> 23\b\b123\b\b\r\n123\n>>> \r\n", ReplSession.Output("23" + home + "1\r"));
    }

    [Fact]
    public void HomeFarAwayUsesTheVt100Move()
    {
        Assert.Equal(">>> 12+34\u001b[5D112+34\u001b[5D\r\n146\n>>> \r\n", ReplSession.Output("12+34\u001b[H1\r"));
    }

    [Theory]
    [InlineData("\u001b[F")]
    [InlineData("\u001bOF")]
    [InlineData("\u001b[4~")]
    [InlineData("\u001b[8~")]
    [InlineData("\u0005")] // Ctrl-E on a non-empty line
    public void EndKeys(string end)
    {
        Assert.Equal(">>> 12\b\b123\r\n123\n>>> \r\n", ReplSession.Output("12\u001b[H" + end + "3\r"));
    }

    [Theory]
    [InlineData("\u001b[3~")]
    [InlineData("\u0004")] // Ctrl-D on a non-empty line
    public void DeleteRemovesTheCharacterAtTheCursor(string delete)
    {
        Assert.Equal(">>> 120\b\u001b[K\r\n12\n>>> \r\n", ReplSession.Output("120\u001b[D" + delete + "\r"));
    }

    [Theory]
    [InlineData("\u0008")]
    [InlineData("\u007f")]
    public void BackspaceRemovesOneCharacter(string backspace)
    {
        Assert.Equal(">>> 12\b\u001b[K\r\n1\n>>> \r\n", ReplSession.Output("12" + backspace + "\r"));
    }

    [Fact]
    public void BackspaceInTheMiddleRedrawsTheTail()
    {
        Assert.Equal(">>> 123\b\b\u001b[K3\b\r\n13\n>>> \r\n", ReplSession.Output("123\u001b[D\u007f\r"));
    }

    [Fact]
    public void BackspaceOnAnEmptyLineDoesNothing()
    {
        Assert.Equal(">>> 7\r\n7\n>>> \r\n", ReplSession.Output("\u007f7\r"));
    }

    [Fact]
    public void CtrlKDeletesToTheEndOfTheLine()
    {
        Assert.Equal(">>> 12345\b\b\u001b[K\r\n123\n>>> \r\n", ReplSession.Output("12345\u001b[D\u001b[D\u000b\r"));
    }

    [Fact]
    public void CtrlUDeletesToTheStartOfTheLine()
    {
        Assert.Equal(">>> xyz123\b\b\b\b\b\b\u001b[K123\b\b\b123\r\n123\n>>> \r\n", ReplSession.Output("xyz123\u001b[D\u001b[D\u001b[D\u0015\u0005\r"));
    }

    [Theory]
    [InlineData("\u0017")] // Ctrl-W
    [InlineData("\u001b\u007f")] // ESC DEL
    public void DeleteWordLeft(string key)
    {
        Assert.Equal(">>> 12+345\b\b\b\u001b[K6\r\n18\n>>> \r\n", ReplSession.Output("12+345" + key + "6\r"));
    }

    [Theory]
    [InlineData("\u001bb")]
    [InlineData("\u001b[1;5D")] // Ctrl-Left
    public void WordLeft(string key)
    {
        Assert.Equal(">>> 12+34\b\b934\b\b\r\n946\n>>> \r\n", ReplSession.Output("12+34" + key + "9\r"));
    }

    [Theory]
    [InlineData("\u001bf")]
    [InlineData("\u001b[1;5C")] // Ctrl-Right
    public void WordRight(string key)
    {
        Assert.Equal(">>> 12+34\u001b[5D120+34\b\b\b\r\n154\n>>> \r\n", ReplSession.Output("12+34\u001b[H" + key + "0\r"));
    }

    [Fact]
    public void EscDDeletesTheWordRight()
    {
        Assert.Equal(">>> 12+34\u001b[5D\u001b[K+34\b\b\b\r\n34\n>>> \r\n", ReplSession.Output("12+34\u001b[H\u001bd\r"));
    }

    [Theory]
    [InlineData("\u001b[A", "\u001b[B")]
    [InlineData("\u0010", "\u000e")] // Ctrl-P / Ctrl-N
    public void HistoryUpAndDown(string up, string down)
    {
        Assert.Equal(
            ">>> 1+1\r\n2\n>>> 2+2\r\n4\n>>> 2+2\b\b\b1+1\b\b\b2+2\b\b\b\u001b[K\r\n>>> 2+2\b\b\b1+1\r\n2\n>>> \r\n",
            ReplSession.Output("1+1\r2+2\r" + up + up + down + down + "\u0003" + up + up + "\r"));
    }

    [Fact]
    public void HistoryStopsAtTheOldestEntryAndKeepsEachPhysicalLine()
    {
        Assert.Equal(
            ">>> for i in range(1):\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n0\n>>> " +
            "    \b\b\b\b    print(i)\u001b[12Dfor i in range(1):\r\n...     \r\n>>> \r\n",
            ReplSession.Output("for i in range(1):\rprint(i)\r\r\r\r\u001b[A\u001b[A\u001b[A\u001b[A\u001b[A\u001b[A\r\u0003"));
    }

    [Fact]
    public void UnknownEscapeSequencesAndNonPrintableBytesAreIgnored()
    {
        // UTF-8 cannot be typed at the friendly prompt: "é" is two bytes outside 0x20-0x7E.
        Assert.Equal(">>> 12\r\n12\n>>> \r\n", ReplSession.Output("1\u0007" + ScriptedTerminal.Utf8Keys("é") + "\u001b[Z\u001bx\u001b[9~\u001bOQ2\r"));
    }

    [Fact]
    public void EnterPairsCountOnce()
    {
        Assert.Equal(">>> 1\r\n1\n>>> 2\r\n2\n>>> 3\r\n3\n>>> \r\n", ReplSession.Output("1\r\n2\n\r3\n"));
    }

    [Fact]
    public void TabAfterWhitespaceInsertsFourSpaces()
    {
        Assert.Equal(">>> 1     +1\r\n2\n>>> \r\n", ReplSession.Output("1 \t+1\r"));
    }

    [Fact]
    public void TabAtTheStartOfAContinuationLineIndents()
    {
        Assert.Equal(
            ">>> x = [\r\n...     1]\r\n>>> x\r\n[1]\n>>> \r\n",
            ReplSession.Output("x = [\r\t1]\rx\r"));
    }
}
