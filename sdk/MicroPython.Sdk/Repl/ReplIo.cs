using System;
using System.IO;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The engine's side of a <see cref="IReplTerminal"/>: output is flushed before every blocking read (so a prompt
/// is on screen before the REPL waits), and the VT100 cursor moves MicroPython's readline writes.
/// </summary>
internal sealed class ReplIo
{
    /// <summary>What <see cref="Read"/> returns when input has ended.</summary>
    public const int EndOfInput = -1;

    private readonly IReplTerminal _terminal;

    public ReplIo(IReplTerminal terminal) => _terminal = terminal;

    public TextWriter Output => _terminal.Output;

    public IReplTerminal Terminal => _terminal;

    /// <summary>The next input byte, or <see cref="EndOfInput"/>.</summary>
    public int Read()
    {
        _terminal.Output.Flush();
        return _terminal.ReadByte();
    }

    public void Write(string text) => _terminal.Output.Write(text);

    public void Write(char c) => _terminal.Output.Write(c);

    /// <summary>Writes bytes as they are, after anything already written as text.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        _terminal.Output.Flush();
        _terminal.WriteBytes(bytes);
    }

    /// <summary>Echoes one received byte as it came (any byte: paste mode is 8-bit clean).</summary>
    public void EchoByte(byte b)
    {
        if (b < 0x80)
        {
            _terminal.Output.Write((char)b);
        }
        else
        {
            WriteBytes(stackalloc byte[] { b });
        }
    }

    /// <summary>Moves the cursor left: <c>\b</c> for up to 4 steps, <c>ESC [ n D</c> beyond (mp_hal_move_cursor_back).</summary>
    public void CursorBack(int steps)
    {
        if (steps <= 0)
        {
            return;
        }

        if (steps <= 4)
        {
            _terminal.Output.Write("\b\b\b\b".AsSpan(0, steps));
        }
        else
        {
            _terminal.Output.Write("\x1b[" + steps.ToString(System.Globalization.CultureInfo.InvariantCulture) + "D");
        }
    }

    /// <summary>Erases from the cursor to the end of the line.</summary>
    public void EraseToEndOfLine() => _terminal.Output.Write("\x1b[K");
}
