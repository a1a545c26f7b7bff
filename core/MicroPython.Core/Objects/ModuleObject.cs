using System.Text;
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
        Globals = globals ?? new DictObject();
        if (Globals.GetOrNull(s_name) == null)
        {
            Globals.SetItem(s_name, StrObject.Intern(name));
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
