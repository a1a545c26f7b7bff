using System;
using System.IO;
using System.Text;
using MicroPython.Sdk.Repl;

namespace MicroPython.Tests.Repl;

/// <summary>
/// A REPL terminal fed a fixed key sequence (each char of the string is one byte) that records every byte written.
/// Text and raw bytes land in one buffer, raw bytes as the chars U+0000..U+00FF, so tests compare exact bytes.
/// </summary>
internal sealed class ScriptedTerminal : IReplTerminal
{
    private readonly string _keys;
    private readonly StringWriter _output = new() { NewLine = "\n" };
    private int _next;

    public ScriptedTerminal(string keys) => _keys = keys;

    public TextWriter Output => _output;

    /// <summary>Everything written so far.</summary>
    public string Text => _output.ToString();

    /// <summary>How many times user code ran (BeginProgram/EndProgram pairs).</summary>
    public int ProgramRuns { get; private set; }

    public bool InProgram { get; private set; }

    public int ReadByte()
    {
        if (InProgram)
        {
            throw new InvalidOperationException("the REPL read a key while user code was running");
        }

        if (_next == _keys.Length)
        {
            return -1;
        }

        char c = _keys[_next++];
        if (c > 0xFF)
        {
            throw new ArgumentException("keys are bytes: use chars U+0000..U+00FF");
        }

        return c;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _output.Write((char)b);
        }
    }

    public void BeginProgram()
    {
        InProgram = true;
        ProgramRuns++;
    }

    public void EndProgram() => InProgram = false;

    /// <summary>The UTF-8 bytes of <paramref name="text"/> as a key string.</summary>
    public static string Utf8Keys(string text)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            sb.Append((char)b);
        }

        return sb.ToString();
    }
}
