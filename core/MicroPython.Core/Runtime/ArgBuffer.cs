using System.Runtime.CompilerServices;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Eight object slots that live on the .NET stack, for building short argument lists (prepending <c>self</c>,
/// calling a special method) without a heap allocation. Use <c>buffer[..n]</c> as a span.
/// </summary>
[InlineArray(8)]
public struct ArgBuffer
{
    private PyObject _element0;
}
