using System.Text;

namespace MicroPython.Objects;

/// <summary>
/// Base of the native iterators. In MicroPython the iterators over lists, tuples, dicts, ranges, strings and
/// sequences all share one type named <c>iterator</c> (<c>type(iter([]))</c> prints <c>&lt;class 'iterator'&gt;</c>,
/// and the object prints as <c>&lt;iterator&gt;</c>); <c>zip</c>, <c>map</c>, <c>enumerate</c>, <c>filter</c> and
/// <c>reversed</c> have their own types and print as <c>&lt;zip&gt;</c> etc. <c>iter(it)</c> is <c>it</c>.
/// Derived classes should be sealed so the VM's <c>FOR_ITER</c> call devirtualises where it can.
/// </summary>
public abstract class IteratorObject : PyObject
{
    /// <summary>The shared <c>iterator</c> type.</summary>
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("iterator", null, AddIteratorMethods);

    protected IteratorObject()
        : base(PyType)
    {
    }

    protected IteratorObject(TypeObject type)
        : base(type)
    {
    }

    public sealed override PyObject GetIter() => this;

    public abstract override PyObject? Next();

    public override void Print(StringBuilder sb, bool repr) => sb.Append('<').Append(Type.Name).Append('>');

    /// <summary>
    /// <c>__iter__</c> and <c>__next__</c> as callable methods (CPython has them on every iterator; MicroPython only
    /// implements the slots). <c>__next__</c> on an exhausted iterator raises <c>StopIteration</c>.
    /// </summary>
    internal static void AddIteratorMethods(TypeObject type)
    {
        type.SetAttrDirect("__iter__", new BuiltinFunction("__iter__", self => self).AsMethodOf(type));
        type.SetAttrDirect("__next__", new BuiltinFunction("__next__", self =>
            self.NativeSelf.Next() ?? throw Runtime.Errors.StopIteration(null)).AsMethodOf(type));
    }
}
