using System;
using System.IO;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Cli;

/// <summary>
/// The basic interactive REPL: banner, <c>&gt;&gt;&gt; </c> / <c>... </c> prompts with MicroPython's continuation
/// rule (repl.md §3.1), each chunk compiled in single mode as <c>&lt;stdin&gt;</c>. Line editing, history,
/// auto-indent and the raw REPL belong to the full REPL (a later issue).
/// </summary>
internal sealed class Repl
{
    private static readonly string[] s_compoundWords = { "if", "while", "for", "try", "with", "def", "class", "async" };
    private static readonly StrObject s_ps1 = StrObject.Intern("ps1");
    private static readonly StrObject s_ps2 = StrObject.Intern("ps2");

    private readonly PyRuntime _runtime;
    private readonly TextWriter _stdout;
    private readonly TextReader _stdin;
    private readonly RuntimeInfo _info;

    public Repl(PyRuntime runtime, TextWriter stdout, TextReader stdin, RuntimeInfo info)
    {
        _runtime = runtime;
        _stdout = stdout;
        _stdin = stdin;
        _info = info;
    }

    public int Run()
    {
        _stdout.Write(_info.BannerLine + "\r\n");
        _stdout.Write("Type \"help()\" for more information.\r\n");
        var globals = new ModuleObject("__main__").Globals;
        while (true)
        {
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

            int? exit = Execute(chunk, globals);
            if (exit.HasValue)
            {
                return exit.Value;
            }
        }
    }

    private string? ReadChunk()
    {
        var buffer = new StringBuilder();
        string prompt = Prompt(s_ps1, ">>> ");
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
            if (!NeedsMoreInput(buffer.ToString()))
            {
                return buffer.ToString();
            }

            prompt = Prompt(s_ps2, "... ");
        }
    }

    private string Prompt(StrObject name, string fallback)
    {
        var sys = _runtime.GetBuiltinModule("sys");
        return sys?.Globals.GetOrNull(name) is StrObject s ? s.Value : fallback;
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
                var native = e.Value.NativeSelf as ExceptionObject;
                var code = native == null || native.Args.Items.Length == 0 ? NoneObject.None : native.Args.Items[0];
                return code is IntObject i ? (int)(i.Value & 0xFF) : ReferenceEquals(code, NoneObject.None) ? 0 : 1;
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

    /// <summary>MicroPython's continuation test (repl.md §3.1).</summary>
    internal static bool NeedsMoreInput(string buffer)
    {
        int depth = 0;
        char quote = '\0';
        bool triple = false;
        for (int i = 0; i < buffer.Length; i++)
        {
            char c = buffer[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == quote)
                {
                    if (!triple)
                    {
                        quote = '\0';
                    }
                    else if (i + 2 < buffer.Length && buffer[i + 1] == quote && buffer[i + 2] == quote)
                    {
                        quote = '\0';
                        i += 2;
                    }
                }
                else if (c == '\n' && !triple)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '#':
                    while (i < buffer.Length && buffer[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '\'':
                case '"':
                    quote = c;
                    triple = i + 2 < buffer.Length && buffer[i + 1] == c && buffer[i + 2] == c;
                    if (triple)
                    {
                        i += 2;
                    }

                    break;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                case '}':
                    depth--;
                    break;
            }
        }

        if (quote != '\0' && triple)
        {
            return true;
        }

        if (depth > 0 || buffer.EndsWith('\\'))
        {
            return true;
        }

        string first = buffer;
        int nl = buffer.IndexOf('\n');
        if (nl >= 0)
        {
            first = buffer.Substring(0, nl);
        }

        if (StartsCompound(first) && !buffer.EndsWith('\n') && !LastLineEmpty(buffer))
        {
            return true;
        }

        return false;
    }

    private static bool LastLineEmpty(string buffer)
    {
        int nl = buffer.LastIndexOf('\n');
        return nl >= 0 && buffer.Substring(nl + 1).Trim().Length == 0;
    }

    private static bool StartsCompound(string line)
    {
        if (line.StartsWith('@'))
        {
            return true;
        }

        foreach (var w in s_compoundWords)
        {
            if (line.StartsWith(w, StringComparison.Ordinal) && (line.Length == w.Length || !IsIdentChar(line[w.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
