using System;
using System.IO;
using System.Text;
using MicroPython.Sdk.Repl;

namespace MicroPython.Cli.Terminal;

/// <summary>
/// The launcher's interactive terminal as the REPL engine's byte stream: stdin read directly (not through
/// <see cref="Console"/>, whose terminal set-up writes keypad sequences and echoes on its own), the port's stdout
/// writer for text, and the terminal switched between REPL and program modes. <see cref="ProgramInput"/> is what
/// <c>input()</c> and <c>sys.stdin</c> read while code runs; it shares the same buffer so no typed byte is lost.
/// </summary>
internal sealed class TerminalConsole : IReplTerminal
{
    private readonly Stream _stdin;
    private readonly Stream _rawStdout;
    private readonly TerminalMode _mode;
    private readonly byte[] _buffer = new byte[256];
    private int _start;
    private int _end;

    public TerminalConsole(TextWriter output, Stream stdin, Stream rawStdout, TerminalMode mode)
    {
        Output = output;
        _stdin = stdin;
        _rawStdout = rawStdout;
        _mode = mode;
        ProgramInput = new LineReader(this);
    }

    /// <inheritdoc/>
    public TextWriter Output { get; }

    /// <summary>Standard input for the running program (line-edited by the terminal itself).</summary>
    public TextReader ProgramInput { get; }

    /// <inheritdoc/>
    public int ReadByte()
    {
        if (_start == _end)
        {
            int n;
            try
            {
                n = _stdin.Read(_buffer, 0, _buffer.Length);
            }
            catch (IOException)
            {
                n = 0;
            }

            if (n <= 0)
            {
                return -1;
            }

            _start = 0;
            _end = n;
        }

        return _buffer[_start++];
    }

    /// <summary>
    /// A byte for the running program: when none is buffered, the terminal is in its cooked mode while the read
    /// waits, so the person typing gets the terminal's echo and line editing, as for a script.
    /// </summary>
    private int ReadByteForProgram()
    {
        if (_start < _end)
        {
            return _buffer[_start++];
        }

        Output.Flush();
        _mode.EnterCooked();
        try
        {
            return ReadByte();
        }
        finally
        {
            _mode.EnterProgram();
        }
    }

    /// <inheritdoc/>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Output.Flush();
        _rawStdout.Write(bytes);
        _rawStdout.Flush();
    }

    /// <inheritdoc/>
    public void BeginProgram() => _mode.EnterProgram();

    /// <inheritdoc/>
    public void EndProgram() => _mode.EnterRepl();

    /// <summary>
    /// <c>input()</c> and <c>sys.stdin</c> during a REPL command: UTF-8 decoded one byte at a time from the
    /// console's buffer, waiting for more in the terminal's cooked mode.
    /// </summary>
    private sealed class LineReader : TextReader
    {
        private readonly TerminalConsole _console;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private readonly byte[] _one = new byte[1];
        private readonly char[] _chars = new char[2];
        private int _pending = -1;
        private int _pendingLow = -1;

        public LineReader(TerminalConsole console) => _console = console;

        public override int Peek()
        {
            if (_pending < 0)
            {
                _pending = ReadChar();
            }

            return _pending;
        }

        public override int Read()
        {
            int c = Peek();
            _pending = _pendingLow;
            _pendingLow = -1;
            return c;
        }

        public override string? ReadLine()
        {
            var line = new StringBuilder();
            while (true)
            {
                int c = Read();
                if (c < 0)
                {
                    return line.Length == 0 ? null : line.ToString();
                }

                if (c == '\n')
                {
                    return line.ToString();
                }

                line.Append((char)c);
            }
        }

        private int ReadChar()
        {
            while (true)
            {
                int b = _console.ReadByteForProgram();
                if (b < 0)
                {
                    return -1;
                }

                _one[0] = (byte)b;
                int n = _decoder.GetChars(_one, 0, 1, _chars, 0, flush: false);
                if (n == 2)
                {
                    _pendingLow = _chars[1];
                }

                if (n > 0)
                {
                    return _chars[0];
                }
            }
        }
    }
}
