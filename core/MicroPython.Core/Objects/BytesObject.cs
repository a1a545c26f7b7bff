using System;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>bytes</c>: an immutable byte string. The array is owned by the object and never mutated, so it is
/// exposed directly through the buffer protocol (read-only) and shared by slices that cover it all.
/// </summary>
public sealed partial class BytesObject : PyObject, IBufferProvider
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("bytes", null, InitType, MakeNew);

    public static readonly BytesObject Empty = new(Array.Empty<byte>());

    private readonly byte[] _data;
    private long _hash;
    private bool _hashed;

    /// <summary>Wraps <paramref name="data"/> without copying; the caller gives up ownership.</summary>
    public override long HeapBlocks(HeapAccountant heap) => _data.Length == 0 ? 0 : 1 + heap.Blocks(_data.Length + 1L);

    public BytesObject(byte[] data)
        : base(PyType)
    {
        if (data.Length != 0)
        {
            // A 4-word object plus the data and a NUL, as str.
            var heap = HeapAccountant.Current;
            if (heap != null)
            {
                heap.AllocateObjectWith(data.Length + 1L);
            }
        }

        _data = data;
    }

    /// <summary>The bytes (do not mutate).</summary>
    public byte[] Data => _data;

    public ReadOnlySpan<byte> Span => _data;

    /// <summary>A bytes object holding a copy of <paramref name="data"/>.</summary>
    public static BytesObject Create(ReadOnlySpan<byte> data) => data.IsEmpty ? Empty : new BytesObject(data.ToArray());

    public bool TryGetBuffer(out Memory<byte> buffer, bool writable)
    {
        buffer = _data;
        return !writable;
    }

    public override long Hash()
    {
        if (!_hashed)
        {
            _hash = ComputeHash(_data);
            _hashed = true;
        }

        return _hash;
    }

    /// <summary>The same djb2-style hash as str (MicroPython hashes str and bytes data alike).</summary>
    public static long ComputeHash(ReadOnlySpan<byte> data)
    {
        ulong h = 5381;
        foreach (byte b in data)
        {
            h = (h * 33) ^ b;
        }

        return (long)(h & 0x3FFF_FFFF_FFFF_FFFF);
    }

    public override bool IsTrue() => _data.Length != 0;

    public override long Length() => _data.Length;
}
