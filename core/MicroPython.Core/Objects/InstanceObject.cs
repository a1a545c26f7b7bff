using MicroPython.Memory;
namespace MicroPython.Objects;

/// <summary>
/// An instance of a class defined in Python. Holds the instance dict and, when the class derives from a
/// built-in type (list, dict, Exception …), the native object that carries the built-in state (MicroPython's
/// <c>subobj</c>). Special methods defined by the class take precedence over the native part's behaviour.
/// </summary>
public sealed partial class InstanceObject : PyObject
{
    public InstanceObject(TypeObject type)
        : base(type)
    {
        Dict = new DictObject();
    }

    /// <summary>The instance's <c>__dict__</c>.</summary>
    public DictObject Dict { get; }

    /// <summary>The built-in base's object, if the class derives from a built-in type.</summary>
    public PyObject? Native { get; set; }

    public override DictObject? InstanceDict => Dict;

    public override PyObject NativeSelf => Native ?? this;

    // The instance's own block (base, member map, sub-object) is charged by its member dict's header, so the
    // instance itself adds nothing: 1 block, plus the member table as attributes arrive (objtype.c).
    public override void TraceReferences(HeapTracer tracer)
    {
        tracer.Mark(Type);
        tracer.Mark(Dict);
        tracer.Mark(Native);
    }
}
