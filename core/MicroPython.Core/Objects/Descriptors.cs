namespace MicroPython.Objects;

/// <summary>An object found in a class dict that computes the attribute value (functions, classmethod, property…).</summary>
public interface IDescriptor
{
    /// <summary>Value of the attribute when looked up on <paramref name="instance"/> (null: looked up on the class itself).</summary>
    PyObject DescriptorGet(PyObject? instance, TypeObject owner);
}

/// <summary>A descriptor that also intercepts stores and deletes (<c>property</c>); it takes precedence over the instance dict.</summary>
public interface IDataDescriptor : IDescriptor
{
    /// <summary>Stores <paramref name="value"/> on <paramref name="instance"/>, or deletes when it is null.</summary>
    void DescriptorSet(PyObject instance, PyObject? value);
}

/// <summary>
/// Marks callables that become bound methods when found on a type (Python functions and built-in methods), so
/// <c>LOAD_METHOD</c> can push the function and <c>self</c> instead of allocating a bound method.
/// </summary>
public interface IMethodLike
{
}
