using System;
using System.IO;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Repl;

namespace MicroPython.Cli;

/// <summary>
/// The REPL when stdin is not a terminal (<c>-i</c> with piped input): banner, <c>&gt;&gt;&gt; </c> / <c>... </c>
/// prompts with MicroPython's continuation rule (repl.md §3.1), each chunk compiled in single mode as
/// <c>&lt;stdin&gt;</c>, whole lines read as they come (no echo, no editing). A terminal gets the full REPL
/// (<see cref="MicroPython.Sdk.Repl.ReplEngine"/>, see <see cref="InteractiveRepl"/>).
/// </summary>
internal sealed class PipedRepl
{
    private readonly PyRuntime _runtime;
    private readonly TextWriter _stdout;
    private readonly TextReader _stdin;
    private readonly RuntimeInfo _info;
    private readonly DictObject _globals;

    public PipedRepl(PyRuntime runtime, TextWriter stdout, TextReader stdin, RuntimeInfo info, DictObject globals)
    {
        _globals = globals;
        _runtime = runtime;
        _stdout = stdout;
        _stdin = stdin;
        _info = info;
    }

    public int Run()
    {
        _stdout.Write(_info.BannerLine + "\r\n");
        if (_runtime.Config?.GetBool("MICROPY_PY_BUILTINS_HELP") ?? true)
        {
            // MicroPython prints this line only in builds that have help().
            _stdout.Write("Type \"help()\" for more information.\r\n");
        }
        while (true)
        {
            // As MicroPython's REPL: a heap lock left behind by the last input is released before the prompt.
            _runtime.Heap.ForceUnlock();
            string? chunk = ReadChunk();
            if (chunk == null)
            {
                _stdout.Write("\r\n");
                _stdout.Flush();
                return 0;
            }

            if (chunk.Trim().Length == 0)
            {
                continue;
            }

            int? exit = Execute(chunk, _globals);
            if (exit.HasValue)
            {
                return exit.Value;
            }
        }
    }

    private string? ReadChunk()
    {
        var buffer = new StringBuilder();
        string prompt = ReplPrompts.Primary(_runtime);
        while (true)
        {
            _stdout.Write(prompt);
            _stdout.Flush();
            string? line = _stdin.ReadLine();
            if (line == null)
            {
                // Ctrl-D: on an empty primary prompt leave; on a continuation line run what was entered.
                return buffer.Length == 0 ? null : buffer.ToString();
            }

            if (buffer.Length > 0)
            {
                buffer.Append('\n');
            }

            buffer.Append(line);
            if (!Lexer.IsIncompleteInput(buffer.ToString()))
            {
                return buffer.ToString();
            }

            prompt = ReplPrompts.Continuation(_runtime);
        }
    }

    private int? Execute(string source, DictObject globals)
    {
        try
        {
            var compiled = _runtime.CompileSource(source, "<stdin>", CompileMode.Single);
            _runtime.Execute(compiled, globals);
        }
        catch (PyException e)
        {
            if (Ops.IsInstance(e.Value, ExceptionTypes.SystemExit))
            {
                return SystemExitStatus.From(e.Value, boolIsInt: true, out _);
            }

            _stdout.Flush();
            TracebackPrinter.Print(_stdout, e.Value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _stdout.Write($"RuntimeError: internal error: {e.GetType().Name}: {e.Message}\n");
        }

        _stdout.Flush();
        return null;
    }
}
