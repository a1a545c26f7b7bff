using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Modules;

/// <summary>
/// The <c>help</c> builtin (MicroPython's py/builtinhelp.c): <c>help()</c> prints the port's welcome text,
/// <c>help('modules')</c> lists the modules this interpreter can import without the filesystem — the kernel's
/// and those the port and plug-ins registered, so the list shows what is actually loaded —, and
/// <c>help(obj)</c> lists an object's module dict or type attributes. Hosts register it at start-up.
/// </summary>
public static class HelpBuiltin
{
    /// <summary>The unix port's text (repl.md §2).</summary>
    public const string DefaultText =
        "Welcome to MicroPython!\n" +
        "\n" +
        "For online docs please visit http://docs.micropython.org/\n" +
        "\n" +
        "Control commands:\n" +
        "  CTRL-A        -- on a blank line, enter raw REPL mode\n" +
        "  CTRL-B        -- on a blank line, enter normal REPL mode\n" +
        "  CTRL-C        -- interrupt a running program\n" +
        "  CTRL-D        -- on a blank line, exit or do a soft reset\n" +
        "  CTRL-E        -- on a blank line, enter paste mode\n" +
        "\n" +
        "For further help on a specific object, type help(obj)\n";

    private const int Columns = 4;
    private const int ColumnWidth = 18;

    /// <summary>Registers <c>help</c> in <paramref name="runtime"/>'s builtins; <paramref name="text"/> replaces the welcome text.</summary>
    public static void Register(PyRuntime runtime, string? text = null)
    {
        string welcome = text ?? DefaultText;
        runtime.Builtins.SetItem("help", new BuiltinFunction("help", 0, 1, args =>
        {
            var output = runtime.Stdout;
            if (args.Length == 0)
            {
                output.Write(welcome);
            }
            else if (Ops.AsStr(args[0]) is { Value: "modules" })
            {
                output.Write(ModuleList(runtime));
            }
            else
            {
                output.Write(DescribeObject(args[0]));
            }

            return NoneObject.None;
        }));
    }

    /// <summary>
    /// The sorted names in four columns filled top to bottom: ceil(n/4) rows; each name but a row's last is
    /// padded to the next multiple of 18 characters (at least one space); then the filesystem note.
    /// </summary>
    public static string ModuleList(PyRuntime runtime)
    {
        var names = new List<string>(runtime.BuiltinModules.Keys);
        if (!names.Contains("__main__"))
        {
            names.Add("__main__");
        }

        names.Sort(StringComparer.Ordinal);
        int rows = (names.Count + Columns - 1) / Columns;
        var sb = new StringBuilder();
        for (int row = 0; row < rows; row++)
        {
            for (int col = 0; col < Columns; col++)
            {
                int index = row + col * rows;
                if (index >= names.Count)
                {
                    break;
                }

                string name = names[index];
                sb.Append(name);
                bool lastInRow = col == Columns - 1 || index + rows >= names.Count;
                if (!lastInRow)
                {
                    int gap = ColumnWidth - name.Length;
                    while (gap < 1)
                    {
                        gap += ColumnWidth;
                    }

                    sb.Append(' ', gap);
                }
            }

            sb.Append('\n');
        }

        sb.Append("Plus any modules on the filesystem\n");
        return sb.ToString();
    }

    /// <summary><c>object &lt;str&gt; is of type &lt;type&gt;</c>, then <c>  name -- value</c> per entry of its namespace.</summary>
    private static string DescribeObject(PyObject obj)
    {
        var sb = new StringBuilder();
        sb.Append("object ").Append(Ops.Str(obj)).Append(" is of type ").Append(obj.Type.Name).Append('\n');
        DictObject? map = obj switch
        {
            ModuleObject m => m.Globals,
            TypeObject t => t.Dict,
            _ => obj.Type.Dict,
        };

        int position = 0;
        while (map != null && map.TryGetNext(ref position, out var key, out var value))
        {
            sb.Append("  ").Append(Ops.Str(key)).Append(" -- ").Append(Ops.Str(value)).Append('\n');
        }

        return sb.ToString();
    }
}
