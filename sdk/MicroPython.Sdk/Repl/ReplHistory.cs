using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The line editor's history (MicroPython's <c>readline_hist</c>): newest first, a line is kept only if it is not
/// empty and differs from the newest entry, each physical line of a block separately.
/// </summary>
public sealed class ReplHistory
{
    /// <summary>MicroPython's default size (<c>MICROPY_READLINE_HISTORY_SIZE</c>).</summary>
    public const int BoardCapacity = 8;

    /// <summary>The unix port's size.</summary>
    public const int UnixCapacity = 50;

    private readonly List<string> _newestFirst = new();

    /// <summary>Creates an empty history holding at most <paramref name="capacity"/> lines.</summary>
    public ReplHistory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most lines kept.</summary>
    public int Capacity { get; }

    /// <summary>The number of lines held.</summary>
    public int Count => _newestFirst.Count;

    /// <summary>Entry <paramref name="index"/>, 0 being the newest.</summary>
    public string this[int index] => _newestFirst[index];

    /// <summary>Records an entered line (ignored when empty or equal to the newest entry).</summary>
    public void Push(string line)
    {
        if (line.Length == 0 || (_newestFirst.Count > 0 && _newestFirst[0] == line))
        {
            return;
        }

        if (_newestFirst.Count == Capacity)
        {
            _newestFirst.RemoveAt(_newestFirst.Count - 1);
        }

        _newestFirst.Insert(0, line);
    }

    /// <summary>
    /// Loads a history file (one entry per line, oldest first, as the unix port's <c>~/.micropython.history</c>).
    /// A missing or unreadable file leaves the history as it is.
    /// </summary>
    public void Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var line in lines)
        {
            Push(line);
        }
    }

    /// <summary>Writes the history to <paramref name="path"/>, oldest first; failures are ignored, as MicroPython does.</summary>
    public void Save(string path)
    {
        var text = new StringBuilder();
        for (int i = _newestFirst.Count - 1; i >= 0; i--)
        {
            text.Append(_newestFirst[i]).Append('\n');
        }

        try
        {
            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
