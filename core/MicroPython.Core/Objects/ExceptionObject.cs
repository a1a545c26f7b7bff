using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>One line of a traceback: where an exception passed through.</summary>
public readonly record struct TracebackEntry(string File, int Line, string? Block);

/// <summary>
/// Instances of <c>BaseException</c> and every built-in exception type (MicroPython's objexcept.c). A user
/// exception class instance is an <see cref="InstanceObject"/> whose native part is one of these.
/// </summary>
public sealed partial class ExceptionObject : PyObject
{
    private List<TracebackEntry>? _traceback;

    public ExceptionObject(TypeObject type, TupleObject args)
        : base(type)
    {
        Args = args;
        HeapAccountant.ChargeObject();
    }

    // base, traceback sizes, traceback data, args: one block; the traceback data is 3 words per entry.
    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.WordBlocks(3L * (_traceback?.Count ?? 0));

    public override void TraceReferences(HeapTracer tracer) => tracer.Mark(Args);

    /// <summary>The exception's <c>args</c>.</summary>
    public TupleObject Args { get; set; }

    /// <summary>Frames the exception passed through, outermost first (as printed). Built on demand: printing is rare.</summary>
    public IReadOnlyList<TracebackEntry> Traceback
    {
        get
        {
            if (_traceback == null || _traceback.Count == 0)
            {
                return Array.Empty<TracebackEntry>();
            }

            var ordered = _traceback.ToArray();
            Array.Reverse(ordered);
            return ordered;
        }
    }

    /// <summary>Records that the exception passed through a frame (called by the VM as it unwinds).</summary>
    public void AddTraceback(string file, int line, string? block)
    {
        _traceback ??= new List<TracebackEntry>(4);

        // The VM unwinds innermost-first, so entries are appended in that order (O(1) per frame, which matters
        // for a 100000-frame recursion error) and reversed when read.
        _traceback.Add(new TracebackEntry(file, line, block));
    }

    public void ClearTraceback() => _traceback?.Clear();

    /// <summary><c>e.value</c> / <c>e.errno</c> in MicroPython: the first argument or None.</summary>
    public PyObject Value => Args.Items.Length > 0 ? Args.Items[0] : NoneObject.None;

    public override void Print(StringBuilder sb, bool repr)
    {
        var items = Args.Items;
        if (repr)
        {
            sb.Append(Type.Name);
            Args.Print(sb, true);
            return;
        }

        if (items.Length == 0)
        {
            return;
        }

        if (items.Length == 1)
        {
            if (ReferenceEquals(Type, ExceptionTypes.OSError) || Type.IsSubtypeOf(ExceptionTypes.OSError))
            {
                if (Errno.TryFormat(items[0], null, sb))
                {
                    return;
                }
            }

            Ops.PrintTo(sb, items[0], false);
            return;
        }

        if (items.Length == 2 && Type.IsSubtypeOf(ExceptionTypes.OSError) && Errno.TryFormat(items[0], items[1], sb))
        {
            return;
        }

        Args.Print(sb, true);
    }
}
