using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// Tab completion of names and attributes (repl.md §5): the dotted word before the cursor is resolved from
/// <c>__main__</c>'s globals (not the builtins); after <c>import </c> the candidates are the built-in modules.
/// Candidates are listed in ordinal order (MicroPython uses its string table's order, which no test relies on).
/// </summary>
internal sealed class CompletionProvider
{
    private const string ImportWord = "import ";
    private const int ColumnWidth = 16;
    private const int LineWidth = 4 * ColumnWidth;

    private readonly PyRuntime _runtime;
    private readonly DictObject _globals;

    public CompletionProvider(PyRuntime runtime, DictObject globals)
    {
        _runtime = runtime;
        _globals = globals;
    }

    /// <summary>
    /// Completes the end of <paramref name="line"/> (the current line up to the cursor). Several candidates with
    /// nothing more in common are printed to <paramref name="output"/>.
    /// </summary>
    public CompletionResult Complete(string line, TextWriter output, out string insertion)
    {
        insertion = string.Empty;
        int start = line.Length;
        while (start > 0 && IsWordChar(line[start - 1]))
        {
            start--;
        }

        // Resolve every complete part of "a.b.frag"; the last part is the fragment to complete.
        PyObject? scope = null;
        int partStart = start;
        while (true)
        {
            int dot = line.IndexOf('.', partStart);
            if (dot < 0)
            {
                break;
            }

            var name = line.Substring(partStart, dot - partStart);
            scope = scope == null ? LookupGlobal(name) : LookupAttr(scope, name);
            if (scope == null)
            {
                return CompletionResult.None;
            }

            partStart = dot + 1;
        }

        string fragment = line.Substring(partStart);
        bool importing = line.StartsWith(ImportWord, StringComparison.Ordinal);
        var candidates = importing ? ModuleCandidates(fragment) : AttributeCandidates(scope, fragment);
        if (candidates.Count == 0)
        {
            // On the first word of the line, a prefix of "import" completes to it.
            if (partStart == 0 && fragment.Length > 0 && fragment.Length < ImportWord.Length
                && ImportWord.StartsWith(fragment, StringComparison.Ordinal))
            {
                insertion = ImportWord.Substring(fragment.Length);
                return CompletionResult.Insert;
            }

            return CompletionResult.None;
        }

        int common = CommonPrefixLength(candidates);
        if (candidates.Count == 1 || common > fragment.Length)
        {
            insertion = candidates[0].Substring(fragment.Length, common - fragment.Length);
            return insertion.Length == 0 ? CompletionResult.None : CompletionResult.Insert;
        }

        PrintColumns(candidates, output);
        return CompletionResult.Listed;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.';

    private PyObject? LookupGlobal(string name) => _globals.GetOrNull(StrObject.Intern(name));

    /// <summary>An attribute, or null when it is missing or its lookup raised (completion never raises).</summary>
    private static PyObject? LookupAttr(PyObject obj, string name)
    {
        try
        {
            return Ops.TryLoadAttr(obj, StrObject.Intern(name), out var value) ? value : null;
        }
        catch (PyException)
        {
            return null;
        }
    }

    private List<string> AttributeCandidates(PyObject? scope, string fragment)
    {
        var names = new List<string>();
        if (scope == null)
        {
            AddMatching(names, _globals, fragment);
        }
        else
        {
            foreach (var name in AttributeNames(scope))
            {
                if (Matches(name, fragment) && LookupAttr(scope, name) != null)
                {
                    names.Add(name);
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The attribute names <c>dir()</c> reports for an object (none if it raises).</summary>
    private IEnumerable<string> AttributeNames(PyObject obj)
    {
        var result = new List<string>();
        if (obj is ModuleObject module)
        {
            int pos = 0;
            while (module.Globals.TryGetNext(ref pos, out var key, out _))
            {
                if (key is StrObject s)
                {
                    result.Add(s.Value);
                }
            }

            return result;
        }

        if (_runtime.Builtins.GetOrNull(StrObject.Intern("dir")) is not { } dir)
        {
            return result;
        }

        try
        {
            var iter = Ops.GetIter(Ops.CallFunction(dir, obj));
            while (Ops.Next(iter) is { } item)
            {
                if (item is StrObject s)
                {
                    result.Add(s.Value);
                }
            }
        }
        catch (PyException)
        {
        }

        return result;
    }

    private List<string> ModuleCandidates(string fragment)
    {
        var names = new List<string>();
        foreach (var name in _runtime.BuiltinModules.Keys)
        {
            if (Matches(name, fragment))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private static void AddMatching(List<string> names, DictObject dict, string fragment)
    {
        int pos = 0;
        while (dict.TryGetNext(ref pos, out var key, out _))
        {
            if (key is StrObject s && Matches(s.Value, fragment))
            {
                names.Add(s.Value);
            }
        }
    }

    /// <summary>Starts with the fragment; with an empty fragment, private names (<c>_x</c>) are left out.</summary>
    private static bool Matches(string name, string fragment) =>
        name.StartsWith(fragment, StringComparison.Ordinal) && (fragment.Length > 0 || !name.StartsWith('_'));

    private static int CommonPrefixLength(List<string> names)
    {
        int common = names[0].Length;
        for (int i = 1; i < names.Count; i++)
        {
            int n = 0;
            string name = names[i];
            while (n < common && n < name.Length && name[n] == names[0][n])
            {
                n++;
            }

            common = n;
        }

        return common;
    }

    /// <summary>
    /// MicroPython's layout: 16-character columns, at most 64 characters a line, a name joins the line only if it
    /// fits with at least two spaces before it; the list starts on a new line and ends with one.
    /// </summary>
    private static void PrintColumns(List<string> names, TextWriter output)
    {
        int lineLength = LineWidth; // forces a new line before the first name
        foreach (var name in names)
        {
            int gap = ((lineLength + ColumnWidth - 1) / ColumnWidth * ColumnWidth) - lineLength;
            if (gap < 2)
            {
                gap += ColumnWidth;
            }

            if (lineLength + gap + name.Length <= LineWidth)
            {
                output.Write(new string(' ', gap));
                output.Write(name);
                lineLength += gap + name.Length;
            }
            else
            {
                output.Write('\n');
                output.Write(name);
                lineLength = name.Length;
            }
        }

        output.Write('\n');
    }
}
