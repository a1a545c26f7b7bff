using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Memory;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Base of every Python object. The virtual methods are the type's slots (MicroPython's <c>mp_obj_type_t</c>
/// members): a built-in type overrides the ones it supports; <see cref="InstanceObject"/> overrides them all to
/// dispatch to the user's special methods. The VM and builtins never call these directly for operators with a
/// reflected form; they go through <see cref="Ops"/>, which adds the fast paths and the fallbacks.
/// </summary>
/// <remarks>
/// Conventions shared by every slot:
/// <list type="bullet">
/// <item>Errors are raised by throwing <see cref="PyException"/> (use the factories in <see cref="Errors"/>).</item>
/// <item>"Not supported by this operand" is signalled by returning <c>null</c>, never by throwing, so
/// <see cref="Ops"/> can try the reflected operation and produce MicroPython's error text.</item>
/// <item>Iteration ends when <see cref="Next"/> returns <c>null</c>: no StopIteration on the fast path.</item>
/// <item>Calls take a span of <c>nPos</c> positional arguments followed by <c>nKw</c> (name, value) pairs,
/// names being <see cref="StrObject"/>; the VM passes a slice of its stack, so no array is allocated.</item>
/// </list>
/// </remarks>
public abstract class PyObject
{
    /// <summary>The object's Python type. A field, not a virtual, because it is read on every attribute lookup;
    /// it is settable only for <c>__class__</c> assignment and for wiring up the first type objects.</summary>
    public TypeObject Type;

    protected PyObject(TypeObject type)
    {
        Type = type;
    }

    // ---- printing -------------------------------------------------------------------------------------

    /// <summary>Appends <c>repr(self)</c> (when <paramref name="repr"/>) or <c>str(self)</c> to <paramref name="sb"/>.</summary>
    public virtual void Print(StringBuilder sb, bool repr)
    {
        sb.Append('<').Append(Type.Name).Append(" object at 0x").Append(Ops.Id(this).ToString("x")).Append('>');
    }

    // ---- truth, hashing, equality -----------------------------------------------------------------------

    /// <summary><c>bool(self)</c>. Sized containers override this.</summary>
    public virtual bool IsTrue() => true;

    /// <summary><c>hash(self)</c>. The default is identity; unhashable types throw <c>TypeError</c>.</summary>
    public virtual long Hash() => Ops.Id(this);

    // ---- operators --------------------------------------------------------------------------------------

    /// <summary>Unary operator (including the run-time-only ones: bool, len, hash, abs, int, float). Returns null if unsupported.</summary>
    public virtual PyObject? UnaryOp(UnaryOp op) => null;

    /// <summary>
    /// <c>self op rhs</c> for every binary operator except <c>is</c>, <c>in</c> (use <see cref="Contains"/>) and
    /// exception match. Comparisons return a bool object. Returns null when this type cannot handle the operand.
    /// In-place operators fall back to the plain operator in <see cref="Ops"/> when this returns null.
    /// </summary>
    public virtual PyObject? BinaryOp(BinaryOp op, PyObject rhs) => null;

    /// <summary>The reflected operator: <c>lhs op self</c> where <paramref name="op"/> is the plain (non-reflected) operator. Null if unsupported.</summary>
    public virtual PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs) => null;

    // ---- containers -------------------------------------------------------------------------------------

    /// <summary><c>len(self)</c>; the default raises MicroPython's <c>TypeError: object of type 'X' has no len()</c>.</summary>
    public virtual long Length() => throw Errors.NoLen(this);

    /// <summary><c>item in self</c>. The default iterates.</summary>
    public virtual bool Contains(PyObject item) => Ops.ContainsByIteration(this, item);

    /// <summary><c>self[index]</c>.</summary>
    public virtual PyObject GetItem(PyObject index) => throw Errors.NotSubscriptable(this);

    /// <summary><c>self[index] = value</c>.</summary>
    public virtual void SetItem(PyObject index, PyObject value) => throw Errors.NoItemAssignment(this);

    /// <summary><c>del self[index]</c>.</summary>
    public virtual void DelItem(PyObject index) => throw Errors.NoItemDeletion(this);

    // ---- iteration --------------------------------------------------------------------------------------

    /// <summary><c>iter(self)</c>. The default raises <c>TypeError: 'X' object isn't iterable</c>.</summary>
    public virtual PyObject GetIter() => throw Errors.NotIterable(this);

    /// <summary>Next item of an iterator, or null when exhausted. Non-iterators raise <c>TypeError: 'X' object isn't an iterator</c>.</summary>
    public virtual PyObject? Next() => throw Errors.NotAnIterator(this);

    // ---- calls ------------------------------------------------------------------------------------------

    /// <summary>Calls the object: <paramref name="args"/> holds the positional arguments then <paramref name="nKw"/> (name, value) pairs.</summary>
    public virtual PyObject Call(ReadOnlySpan<PyObject> args, int nKw) => throw Errors.NotCallable(this);

    // ---- attributes -------------------------------------------------------------------------------------

    /// <summary>The instance dictionary, if this object has one (instances, modules, types).</summary>
    public virtual DictObject? InstanceDict => null;

    /// <summary>Loads attribute <paramref name="name"/>; returns false when it does not exist (the caller raises).</summary>
    public virtual bool TryLoadAttr(StrObject name, out PyObject value) => Ops.GenericTryLoadAttr(this, name, out value);

    /// <summary>Stores (or, when <paramref name="value"/> is null, deletes) an attribute. Raises AttributeError itself.</summary>
    public virtual void StoreAttr(StrObject name, PyObject? value) => Ops.GenericStoreAttr(this, name, value);

    /// <summary>For native objects wrapped by a user subclass instance: the native part; otherwise this object.</summary>
    public virtual PyObject NativeSelf => this;

    // ---- heap accounting (docs/architecture.md, "The heap") ---------------------------------------------

    /// <summary>
    /// Blocks this object occupies on MicroPython's heap, counting the arrays it owns (a list's items, a dict's
    /// table, a str's data) but not the objects it refers to. Zero (the default) for objects that live outside
    /// MicroPython's heap: ROM objects such as built-in types and functions, small ints, interned strings. Must
    /// agree with what the constructor and the growth points charge to <see cref="HeapAccountant"/>.
    /// </summary>
    public virtual long HeapBlocks(HeapAccountant heap) => 0;

    /// <summary>
    /// Reports every Python object this object refers to (<see cref="HeapTracer.Mark(PyObject?)"/>), so a
    /// collection finds everything reachable. Types holding references must override it.
    /// </summary>
    public virtual void TraceReferences(HeapTracer tracer)
    {
    }

    public override string ToString() => Ops.Repr(this);
}
