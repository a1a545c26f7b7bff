using System.Text;
using MicroPython.Memory;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>A module: a name and its globals dict.</summary>
public sealed class ModuleObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("module", null);

    private static readonly StrObject s_name = StrObject.Intern("__name__");

    public ModuleObject(string name, DictObject? globals = null)
        : base(PyType)
    {
        HeapAccountant.ChargeObject();
        Globals = globals ?? new DictObject();
        if (Globals.GetOrNull(s_name) == null)
        {
            Globals.SetItem(s_name, StrObject.Intern(name));
        }
    }

    /// <summary>
    /// A module built into the firmware (<c>sys</c>, <c>micropython</c>, a plug-in's module): in ROM on a board,
    /// so neither it nor its globals count against the heap.
    /// </summary>
    public bool IsBuiltin { get; set; }

    // base + globals pointer: one block; the globals dict is its own object.
    public override long HeapBlocks(HeapAccountant heap) => IsBuiltin ? 0 : 1;

    public override void TraceReferences(HeapTracer tracer)
    {
        if (!IsBuiltin)
        {
            tracer.Mark(Globals);
        }
    }

    /// <summary>The module's <c>__name__</c>.</summary>
    public string Name => Globals.GetOrNull(s_name) is StrObject s ? s.Value : "?";

    /// <summary>The module's globals (its <c>__dict__</c>).</summary>
    public DictObject Globals { get; }

    public override DictObject? InstanceDict => Globals;

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        var v = Globals.GetOrNull(name);
        if (v != null)
        {
            value = v;
            return true;
        }

        if (name.Value == "__dict__")
        {
            value = Globals;
            return true;
        }

        value = null!;
        return false;
    }

    public override void StoreAttr(StrObject name, PyObject? value)
    {
        if (value == null)
        {
            if (Globals.Remove(name) == null)
            {
                throw Errors.CantStoreAttribute(this, name.Value);
            }

            return;
        }

        Globals.SetItem(name, value);
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        var file = Globals.GetOrNull("__file__");
        sb.Append("<module '").Append(Name).Append('\'');
        if (file is StrObject f)
        {
            sb.Append(" from '").Append(f.Value).Append('\'');
        }

        sb.Append('>');
    }
}
