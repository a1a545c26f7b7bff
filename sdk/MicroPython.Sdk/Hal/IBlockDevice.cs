using System;

namespace MicroPython.Sdk.Hal;

/// <summary>
/// A block device (flash, SD card; MicroPython's <c>readblocks</c>/<c>writeblocks</c>/<c>ioctl</c> protocol) on which
/// a FAT or littlefs filesystem is mounted.
/// </summary>
public interface IBlockDevice
{
    /// <summary>Size of one block in bytes (ioctl 5, BLOCK_SIZE).</summary>
    int BlockSize { get; }

    /// <summary>Number of blocks (ioctl 4, BLOCK_COUNT).</summary>
    int BlockCount { get; }

    /// <summary>Reads from block <paramref name="block"/> at byte <paramref name="offset"/> into <paramref name="buffer"/>.</summary>
    void ReadBlocks(int block, int offset, Span<byte> buffer);

    /// <summary>Writes <paramref name="data"/> at block <paramref name="block"/>, byte <paramref name="offset"/>.</summary>
    void WriteBlocks(int block, int offset, ReadOnlySpan<byte> data);

    /// <summary>Erases one block (ioctl 6, BLOCK_ERASE), for devices that need it before writing.</summary>
    void Erase(int block);

    /// <summary>Makes written data durable (ioctl 3, SYNC).</summary>
    void Sync();
}
