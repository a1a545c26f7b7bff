using System;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Runtime
{
    /// <summary>
    /// MicroPython's buffer protocol (<c>mp_get_buffer</c>): an object that exposes its contents as raw bytes.
    /// Implemented by <c>bytes</c>, <c>bytearray</c> and <c>memoryview</c>; <c>array</c>, <c>struct</c> targets and
    /// plug-in types implement it to interoperate with them.
    /// </summary>
    /// <remarks>
    /// The memory returned is the object's live storage, not a copy. A mutable object may replace its storage when
    /// it is resized, so callers must not keep the memory across anything that can run Python code.
    /// </remarks>
    public interface IBufferProvider
    {
        /// <summary>
        /// Gets the object's bytes. Returns false when <paramref name="writable"/> is requested from a read-only
        /// object (e.g. <c>bytes</c>).
        /// </summary>
        bool TryGetBuffer(out Memory<byte> buffer, bool writable);

        /// <summary>The element type in <c>struct</c>/<c>array</c> notation (<c>'B'</c> = unsigned bytes), used by memoryview.</summary>
        char BufferTypeCode => 'B';
    }
}

namespace MicroPython
{
    // Declared in the root namespace rather than MicroPython.Runtime: every file imports System, and a
    // `Buffer` in an imported namespace would collide with System.Buffer (CS0104). Names in an enclosing
    // namespace win over imported ones, so `Buffer.GetBytes(x)` resolves here from any MicroPython.* file.

    /// <summary>Helpers to read and write objects through the buffer protocol with MicroPython's errors.</summary>
    public static class Buffer
    {
        /// <summary>The buffer provider behind <paramref name="o"/> (unwrapping user subclasses), or null.</summary>
        public static IBufferProvider? GetProvider(PyObject o) => o as IBufferProvider ?? o.NativeSelf as IBufferProvider;

        /// <summary>True when <paramref name="o"/> supports the buffer protocol (str does too, as UTF-8, read-only).</summary>
        public static bool HasBuffer(PyObject o) => GetProvider(o) != null || o.NativeSelf is StrObject;

        /// <summary>Gets the bytes of a buffer object, or false if <paramref name="o"/> has no buffer.</summary>
        public static bool TryGetBytes(PyObject o, out ReadOnlySpan<byte> bytes)
        {
            var p = GetProvider(o);
            if (p != null && p.TryGetBuffer(out var m, false))
            {
                bytes = m.Span;
                return true;
            }

            if (o.NativeSelf is StrObject s)
            {
                // MicroPython strs are UTF-8 in memory and expose that as a read-only buffer.
                bytes = Encoding.UTF8.GetBytes(s.Value);
                return true;
            }

            bytes = default;
            return false;
        }

        /// <summary>Gets the bytes of a buffer object; <c>TypeError: object with buffer protocol required</c> otherwise.</summary>
        public static ReadOnlySpan<byte> GetBytes(PyObject o)
        {
            if (!TryGetBytes(o, out var bytes))
            {
                throw BufferRequired();
            }

            return bytes;
        }

        /// <summary>Gets the bytes of a buffer object as memory (for callers that must store it across calls).</summary>
        public static ReadOnlyMemory<byte> GetMemory(PyObject o)
        {
            var p = GetProvider(o);
            if (p != null && p.TryGetBuffer(out var m, false))
            {
                return m;
            }

            if (o.NativeSelf is StrObject s)
            {
                return Encoding.UTF8.GetBytes(s.Value);
            }

            throw BufferRequired();
        }

        /// <summary>Gets writable bytes; <c>TypeError: object with buffer protocol required</c> for read-only or non-buffer objects.</summary>
        public static Span<byte> GetWritableBytes(PyObject o)
        {
            var p = GetProvider(o);
            if (p != null && p.TryGetBuffer(out var m, true))
            {
                return m.Span;
            }

            throw BufferRequired();
        }

        /// <summary>Copies the bytes of a buffer object into a new array.</summary>
        public static byte[] ToArray(PyObject o) => GetBytes(o).ToArray();

        public static PyException BufferRequired() => Errors.TypeError("object with buffer protocol required");
    }
}
