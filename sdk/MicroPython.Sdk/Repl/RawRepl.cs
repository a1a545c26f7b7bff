using System.Collections.Generic;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The raw REPL tools drive (pyexec_raw_repl, repl.md §6): no echo, 8-bit clean input ended by Ctrl-D, then
/// <c>OK</c>, the program's output, <c>\x04</c>, any exception text, <c>\x04</c>, <c>&gt;</c>. A buffer of exactly
/// <c>\x05 A</c> followed by Ctrl-A asks for raw-paste mode (§6.1).
/// </summary>
internal sealed class RawRepl
{
    private const int CtrlA = 0x01, CtrlB = 0x02, CtrlC = 0x03, CtrlD = 0x04, CtrlE = 0x05;

    private readonly ReplIo _io;
    private readonly ReplExecutor _executor;
    private readonly RawPaste _rawPaste;

    public RawRepl(ReplIo io, ReplExecutor executor)
    {
        _io = io;
        _executor = executor;
        _rawPaste = new RawPaste(io);
    }

    /// <summary>Runs commands until Ctrl-B, an empty command (soft reset) or SystemExit.</summary>
    public ReplTransition Run()
    {
        var code = new List<byte>();
        _io.Write("raw REPL; CTRL-B to exit\r\n");
        while (true)
        {
            code.Clear();
            _io.Write(">");
            while (true)
            {
                int b = _io.Read();
                if (b == ReplIo.EndOfInput)
                {
                    return new ReplTransition(ReplTransitionKind.Exit);
                }

                if (b == CtrlA)
                {
                    if (code.Count == 2 && code[0] == CtrlE)
                    {
                        var transition = RawPasteRequest(code[1]);
                        if (transition.HasValue)
                        {
                            return transition.Value;
                        }

                        code.Clear();
                        _io.Write(">");
                        continue;
                    }

                    // Ctrl-A resets the raw REPL.
                    code.Clear();
                    _io.Write("raw REPL; CTRL-B to exit\r\n>");
                    continue;
                }

                if (b == CtrlB)
                {
                    _io.Write("\r\n");
                    return new ReplTransition(ReplTransitionKind.ToFriendly);
                }

                if (b == CtrlC)
                {
                    code.Clear();
                    continue;
                }

                if (b == CtrlD)
                {
                    break;
                }

                code.Add((byte)b);
            }

            _io.Write("OK");
            if (code.Count == 0)
            {
                _io.Write("\r\n");
                return new ReplTransition(ReplTransitionKind.SoftReset);
            }

            var exit = Execute(Encoding.UTF8.GetString(code.ToArray()));
            if (exit.HasValue)
            {
                return exit.Value;
            }
        }
    }

    /// <summary>
    /// <c>\x05 &lt;c&gt; \x01</c>: <c>A</c> enters raw-paste mode (<c>R\x01</c>), any other letter is refused
    /// (<c>R\x00</c>). Returns a transition when the pasted program ended the REPL.
    /// </summary>
    private ReplTransition? RawPasteRequest(byte command)
    {
        if (command != (byte)'A')
        {
            _io.Write("R\x00");
            return null;
        }

        _io.Write("R\x01");
        var source = _rawPaste.Receive(out bool interrupted);
        if (interrupted)
        {
            // Ctrl-C from the client while code was arriving: KeyboardInterrupt, reported like a program's error
            // (end of its empty output, the exception, end of errors).
            _io.Write("\x04");
            _executor.PrintException(new ExceptionObject(ExceptionTypes.KeyboardInterrupt, TupleObject.Empty));
            _io.Write("\x04");
            return null;
        }

        if (source == null)
        {
            return new ReplTransition(ReplTransitionKind.Exit);
        }

        return Execute(Encoding.UTF8.GetString(source));
    }

    /// <summary>Runs a command as a file and frames its output; a transition if it raised SystemExit.</summary>
    private ReplTransition? Execute(string source)
    {
        var error = _executor.Run(source, CompileMode.Exec, printExpressions: false);
        _io.Write("\x04");
        if (error != null && ReplExecutor.IsSystemExit(error))
        {
            _io.Write("\x04");
            return new ReplTransition(ReplTransitionKind.Exit, _executor.ExitStatus(error));
        }

        if (error != null)
        {
            _executor.PrintException(error);
        }

        _io.Write("\x04");
        return null;
    }
}
