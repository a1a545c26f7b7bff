using System.Text;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// MicroPython's readline: edits one line at the end of a buffer holding the lines entered so far, echoing and
/// redrawing with the exact bytes repl.md §3.3 lists (VT100 keys, emacs keys, word moves, history, Tab, auto-indent).
/// Only printable ASCII is inserted; other bytes are ignored.
/// </summary>
internal sealed class LineEditor
{
    private const int CtrlA = 0x01, CtrlB = 0x02, CtrlC = 0x03, CtrlD = 0x04, CtrlE = 0x05, CtrlF = 0x06;
    private const int CtrlK = 0x0B, CtrlN = 0x0E, CtrlP = 0x10, CtrlU = 0x15, CtrlW = 0x17, Esc = 0x1B;

    private readonly ReplIo _io;
    private readonly ReplHistory _history;
    private readonly CompletionProvider? _completion;

    private StringBuilder _line = new();
    private string _prompt = string.Empty;
    private int _lineStart;
    private int _cursor;
    private int _historyIndex;
    private EscapeState _escape;
    private char _escapeDigit;
    private bool _indentJustAdded;
    private int _lastEnterByte;

    public LineEditor(ReplIo io, ReplHistory history, CompletionProvider? completion)
    {
        _io = io;
        _history = history;
        _completion = completion;
    }

    private enum EscapeState
    {
        None,
        Esc,
        Bracket,
        BracketDigit,
        EscO,
    }

    /// <summary>
    /// Writes <paramref name="prompt"/>, pre-inserts the auto-indent and edits a new line appended to
    /// <paramref name="line"/> until Enter or a control key ends it.
    /// </summary>
    public LineEditorResult ReadLine(StringBuilder line, string prompt)
    {
        _line = line;
        _prompt = prompt;
        _lineStart = line.Length;
        _cursor = _lineStart;
        _historyIndex = -1;
        _escape = EscapeState.None;
        _indentJustAdded = false;
        _io.Write(prompt);
        int indent = AutoIndent.SpacesFor(line);
        if (indent > 0)
        {
            line.Append(' ', indent);
            _io.Write(new string(' ', indent));
            _cursor += indent;
            _indentJustAdded = true;
        }

        while (true)
        {
            int b = _io.Read();
            if (b == ReplIo.EndOfInput)
            {
                return LineEditorResult.EndOfInput;
            }

            if (IsSecondHalfOfEnterPair(b))
            {
                continue;
            }

            var result = ProcessByte(b);
            if (result.HasValue)
            {
                return result.Value;
            }
        }
    }

    /// <summary>A <c>\r\n</c> or <c>\n\r</c> pair counts as one Enter.</summary>
    private bool IsSecondHalfOfEnterPair(int b)
    {
        int last = _lastEnterByte;
        _lastEnterByte = b is '\r' or '\n' ? b : 0;
        if ((b == '\n' && last == '\r') || (b == '\r' && last == '\n'))
        {
            _lastEnterByte = 0;
            return true;
        }

        return false;
    }

    private bool LineIsEmpty => _line.Length == _lineStart;

    /// <summary>One received byte: the result when the line is finished, null to go on.</summary>
    private LineEditorResult? ProcessByte(int c)
    {
        int lastLength = _line.Length;
        int stepBack = 0;
        int stepForward = 0;
        bool redrawFromCursor = false;
        bool justAdded = _indentJustAdded;
        _indentJustAdded = false;

        switch (_escape)
        {
            case EscapeState.None:
                if (c >= CtrlA && c <= CtrlE && LineIsEmpty)
                {
                    return (LineEditorResult)c;
                }

                switch (c)
                {
                    case CtrlA:
                        stepBack = HomeSteps();
                        break;
                    case CtrlB:
                        stepBack = LeftSteps();
                        break;
                    case CtrlC:
                        return LineEditorResult.CtrlC;
                    case CtrlD:
                        redrawFromCursor = DeleteAtCursor();
                        break;
                    case CtrlE:
                        stepForward = _line.Length - _cursor;
                        break;
                    case CtrlF:
                        stepForward = RightSteps();
                        break;
                    case CtrlK:
                        _line.Length = _cursor;
                        redrawFromCursor = true;
                        break;
                    case CtrlN:
                        HistoryNewer(ref stepBack, ref stepForward, ref redrawFromCursor);
                        break;
                    case CtrlP:
                        HistoryOlder(ref stepBack, ref stepForward, ref redrawFromCursor);
                        break;
                    case CtrlU:
                        stepBack = _cursor - _lineStart;
                        _line.Remove(_lineStart, stepBack);
                        redrawFromCursor = true;
                        break;
                    case CtrlW:
                        stepBack = KillWordBackward();
                        redrawFromCursor = true;
                        break;
                    case '\r':
                    case '\n':
                        _io.Write("\r\n");
                        _history.Push(_line.ToString(_lineStart, _line.Length - _lineStart));
                        return LineEditorResult.Entered;
                    case Esc:
                        _escape = EscapeState.Esc;
                        break;
                    case 0x08:
                    case 0x7F:
                        if (_cursor > _lineStart)
                        {
                            stepBack = BackspaceWidth();
                            _line.Remove(_cursor - stepBack, stepBack);
                            redrawFromCursor = true;
                        }

                        break;
                    case '\t':
                        if (justAdded)
                        {
                            // Tab right after auto-indent accepts it as it is.
                            break;
                        }

                        Tab(ref redrawFromCursor, ref stepForward);
                        break;
                    case ' ' when justAdded && _cursor - _lineStart >= 3:
                        // A space right after auto-indent (typically pasted code bringing its own indentation)
                        // takes back three of the inserted spaces: the net effect is the typed space.
                        _line.Remove(_cursor - 3, 3);
                        stepBack = 3;
                        break;
                    default:
                        if (c >= 0x20 && c <= 0x7E)
                        {
                            _line.Insert(_cursor, (char)c);
                            redrawFromCursor = true;
                            stepForward = 1;
                        }

                        break;
                }

                break;

            case EscapeState.Esc:
                _escape = EscapeState.None;
                switch (c)
                {
                    case '[':
                        _escape = EscapeState.Bracket;
                        break;
                    case 'O':
                        _escape = EscapeState.EscO;
                        break;
                    case 'b':
                        stepBack = WordLength(forward: false);
                        break;
                    case 'f':
                        stepForward = WordLength(forward: true);
                        break;
                    case 'd':
                        _line.Remove(_cursor, WordLength(forward: true));
                        redrawFromCursor = true;
                        break;
                    case 0x7F:
                        stepBack = KillWordBackward();
                        redrawFromCursor = true;
                        break;
                }

                break;

            case EscapeState.Bracket:
                _escape = EscapeState.None;
                if (c >= '0' && c <= '9')
                {
                    _escape = EscapeState.BracketDigit;
                    _escapeDigit = (char)c;
                    break;
                }

                switch (c)
                {
                    case 'A':
                        HistoryOlder(ref stepBack, ref stepForward, ref redrawFromCursor);
                        break;
                    case 'B':
                        HistoryNewer(ref stepBack, ref stepForward, ref redrawFromCursor);
                        break;
                    case 'C':
                        stepForward = RightSteps();
                        break;
                    case 'D':
                        stepBack = LeftSteps();
                        break;
                    case 'H':
                        stepBack = HomeSteps();
                        break;
                    case 'F':
                        stepForward = _line.Length - _cursor;
                        break;
                }

                break;

            case EscapeState.BracketDigit:
                _escape = EscapeState.None;
                if (c == '~')
                {
                    switch (_escapeDigit)
                    {
                        case '1':
                        case '7':
                            stepBack = HomeSteps();
                            break;
                        case '4':
                        case '8':
                            stepForward = _line.Length - _cursor;
                            break;
                        case '3':
                            redrawFromCursor = DeleteAtCursor();
                            break;
                    }
                }
                else if (c == ';' && _escapeDigit == '1')
                {
                    // ESC [ 1 ; 5 C: parameters follow; read on as if the bracket had just arrived.
                    _escape = EscapeState.Bracket;
                }
                else if (_escapeDigit == '5' && c == 'C')
                {
                    stepForward = WordLength(forward: true);
                }
                else if (_escapeDigit == '5' && c == 'D')
                {
                    stepBack = WordLength(forward: false);
                }

                break;

            case EscapeState.EscO:
                _escape = EscapeState.None;
                if (c == 'H')
                {
                    stepBack = HomeSteps();
                }
                else if (c == 'F')
                {
                    stepForward = _line.Length - _cursor;
                }

                break;
        }

        Redraw(lastLength, stepBack, redrawFromCursor, stepForward);
        return null;
    }

    /// <summary>MicroPython's efficient redraw: move back, rewrite the tail (erasing leftovers), move forward.</summary>
    private void Redraw(int lastLength, int stepBack, bool redrawFromCursor, int stepForward)
    {
        if (stepBack > 0)
        {
            _io.CursorBack(stepBack);
            _cursor -= stepBack;
        }

        if (redrawFromCursor)
        {
            if (_line.Length < lastLength)
            {
                _io.EraseToEndOfLine();
            }

            _io.Write(_line.ToString(_cursor, _line.Length - _cursor));
            _io.CursorBack(_line.Length - (_cursor + stepForward));
            _cursor += stepForward;
        }
        else if (stepForward > 0)
        {
            // Writing the characters already there moves the cursor forward over them.
            _io.Write(_line.ToString(_cursor, stepForward));
            _cursor += stepForward;
        }
    }

    private int HomeSteps() => _cursor - _lineStart;

    private int LeftSteps() => _cursor > _lineStart ? 1 : 0;

    private int RightSteps() => _cursor < _line.Length ? 1 : 0;

    private bool DeleteAtCursor()
    {
        if (_cursor < _line.Length)
        {
            _line.Remove(_cursor, 1);
            return true;
        }

        return false;
    }

    /// <summary>Backspace removes a whole indent level when only 4 or more spaces precede the cursor.</summary>
    private int BackspaceWidth()
    {
        for (int i = _lineStart; i < _cursor; i++)
        {
            if (_line[i] != ' ')
            {
                return 1;
            }
        }

        return _cursor - _lineStart >= 4 ? 4 : 1;
    }

    private int KillWordBackward()
    {
        int n = WordLength(forward: false);
        _line.Remove(_cursor - n, n);
        return n;
    }

    /// <summary>Characters from the cursor to the end (or start) of the next word; letters and digits form words.</summary>
    private int WordLength(bool forward)
    {
        int pos = _cursor;
        bool inWord = false;
        while (forward ? pos < _line.Length : pos > _lineStart)
        {
            char c = _line[forward ? pos : pos - 1];
            if (char.IsAsciiLetterOrDigit(c))
            {
                inWord = true;
            }
            else if (inWord)
            {
                break;
            }

            pos += forward ? 1 : -1;
        }

        return forward ? pos - _cursor : _cursor - pos;
    }

    private void HistoryOlder(ref int stepBack, ref int stepForward, ref bool redrawFromCursor)
    {
        if (_historyIndex + 1 < _history.Count)
        {
            _historyIndex++;
            ShowHistoryEntry(ref stepBack, ref stepForward, ref redrawFromCursor);
        }
    }

    private void HistoryNewer(ref int stepBack, ref int stepForward, ref bool redrawFromCursor)
    {
        if (_historyIndex >= 0)
        {
            _historyIndex--;
            ShowHistoryEntry(ref stepBack, ref stepForward, ref redrawFromCursor);
        }
    }

    private void ShowHistoryEntry(ref int stepBack, ref int stepForward, ref bool redrawFromCursor)
    {
        _line.Length = _lineStart;
        if (_historyIndex >= 0)
        {
            _line.Append(_history[_historyIndex]);
        }

        stepBack = _cursor - _lineStart;
        redrawFromCursor = true;
        stepForward = _line.Length - _lineStart;
    }

    /// <summary>Tab: 4 spaces after whitespace (a continuation line's start counts), otherwise completion.</summary>
    private void Tab(ref bool redrawFromCursor, ref int stepForward)
    {
        string insertion;
        if (_cursor > 0 && char.IsWhiteSpace(_line[_cursor - 1]))
        {
            insertion = "    ";
        }
        else if (_completion == null)
        {
            return;
        }
        else
        {
            string before = _line.ToString(_lineStart, _cursor - _lineStart);
            var result = _completion.Complete(before, _io.Output, out insertion);
            if (result == CompletionResult.None)
            {
                return;
            }

            if (result == CompletionResult.Listed)
            {
                // The candidates were printed below; show the prompt and the line again.
                _io.Write(_prompt);
                _io.Write(before);
                redrawFromCursor = true;
                return;
            }
        }

        _line.Insert(_cursor, insertion);
        redrawFromCursor = true;
        stepForward = insertion.Length;
    }
}
