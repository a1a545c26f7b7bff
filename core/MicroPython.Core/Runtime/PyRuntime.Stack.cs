using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MicroPython.Runtime;

// The interpreter thread's stack, as micropython.stack_use() and mem_info() report it.
public sealed partial class PyRuntime
{
    private nint _stackTop;

    /// <summary>Size of the interpreter thread's stack in bytes, when the host knows it (0 = unknown).</summary>
    public long StackLimitBytes { get; set; }

    /// <summary>Records the calling point as the top of the stack (the launcher does this when its interpreter thread starts).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void MarkStackTop() => _stackTop = CurrentStackAddress();

    /// <summary>Bytes of stack used below the recorded top (MicroPython's stack_use()); 0 before <see cref="MarkStackTop"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long StackUse()
    {
        if (_stackTop == 0)
        {
            return 0;
        }

        long used = (long)(_stackTop - CurrentStackAddress());
        return used > 0 ? used : 0;
    }

    // The address of a stack slot of this call, read without unsafe code: the offset of a stack buffer from null.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint CurrentStackAddress()
    {
        Span<byte> probe = stackalloc byte[1];
        return Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref MemoryMarshal.GetReference(probe));
    }
}
