using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The friendly REPL (pyexec_friendly_repl): <c>sys.ps1</c>/<c>sys.ps2</c> prompts, MicroPython's continuation
/// rule (repl.md §3.1), each input compiled in single mode so expression values print and land in <c>_</c>, and
/// the control keys of §4 on an empty line.
/// </summary>
internal sealed class FriendlyRepl
{

    private readonly PyRuntime _runtime;
    private readonly ReplIo _io;
    private readonly LineEditor _editor;
    private readonly PasteMode _paste;
    private readonly ReplExecutor _executor;

    public FriendlyRepl(PyRuntime runtime, ReplIo io, LineEditor editor, ReplExecutor executor)
    {
        _runtime = runtime;
        _io = io;
        _editor = editor;
        _executor = executor;
        _paste = new PasteMode(io);
    }

    /// <summary>Reads and runs inputs until a control key or SystemExit leaves this mode.</summary>
    public ReplTransition Run()
    {
        var line = new StringBuilder();
        while (true)
        {
            line.Clear();
            var result = _editor.ReadLine(line, ReplPrompts.Primary(_runtime));
            string source;
            bool pasted = false;
            switch (result)
            {
                case LineEditorResult.CtrlA:
                    _io.Write("\r\n");
                    return new ReplTransition(ReplTransitionKind.ToRaw);
                case LineEditorResult.CtrlB:
                    _io.Write("\r\n");
                    return new ReplTransition(ReplTransitionKind.ToFriendly);
                case LineEditorResult.CtrlC:
                    _io.Write("\r\n");
                    continue;
                case LineEditorResult.CtrlD:
                    _io.Write("\r\n");
                    return new ReplTransition(ReplTransitionKind.SoftReset);
                case LineEditorResult.EndOfInput:
                    _io.Write("\r\n");
                    return new ReplTransition(ReplTransitionKind.Exit);
                case LineEditorResult.CtrlE:
                    var bytes = _paste.Read();
                    if (bytes == null)
                    {
                        continue;
                    }

                    source = Encoding.UTF8.GetString(bytes);
                    pasted = true;
                    break;
                default:
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    string? collected = ReadContinuation(line);
                    if (collected == null)
                    {
                        continue;
                    }

                    source = collected;
                    break;
            }

            var error = pasted
                ? _executor.Run(source, CompileMode.Exec, printExpressions: true)
                : _executor.Run(source, CompileMode.Single, printExpressions: false);
            if (error != null)
            {
                if (ReplExecutor.IsSystemExit(error))
                {
                    return new ReplTransition(ReplTransitionKind.Exit, _executor.ExitStatus(error));
                }

                _executor.PrintException(error);
            }
        }
    }

    /// <summary>Reads continuation lines while the input is incomplete; null when Ctrl-C cancelled it.</summary>
    private string? ReadContinuation(StringBuilder line)
    {
        while (Lexer.IsIncompleteInput(line.ToString()))
        {
            line.Append('\n');
            var result = _editor.ReadLine(line, ReplPrompts.Continuation(_runtime));
            if (result == LineEditorResult.CtrlC)
            {
                _io.Write("\r\n");
                return null;
            }

            if (result is LineEditorResult.CtrlD or LineEditorResult.EndOfInput)
            {
                // Ctrl-D on an empty continuation line runs what was entered so far.
                break;
            }
        }

        return line.ToString();
    }
}
