using System.Runtime.InteropServices;
using System.Text;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// Linux's renameat2(RENAME_EXCHANGE): two directories of one file system swap names in a single step, so anyone
/// looking up either path sees the one or the other, whole, also after a crash or power cut (the file system
/// journals the rename). Used by a restore to switch the data directory; where it is not available (another OS, a C
/// library without renameat2, a file system that refuses the flag) every call says so and the caller falls back.
/// </summary>
internal static class DirectoryExchange
{
    private const string LibC = "libc";
    private const int CurrentDirectory = -100;   // AT_FDCWD
    private const uint RenameExchange = 2;        // RENAME_EXCHANGE
    private const uint StatxBasicStats = 0x7ff;   // STATX_BASIC_STATS: type, mode, owner, device, ...
    private const int StatxSize = 256;            // sizeof(struct statx), fixed by the kernel's ABI
    private const ulong StatxMountRoot = 0x2000;  // STATX_ATTR_MOUNT_ROOT (Linux 5.8 and later)
    private const int ReadOnly = 0;               // O_RDONLY, enough to fsync a directory

    /// <summary>Swaps <paramref name="first"/> and <paramref name="second"/>; false (nothing changed) when it cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.renameat2(CurrentDirectory, Native(first), CurrentDirectory, Native(second), RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether two directories could be exchanged without anyone noticing more than the content: the same file
    /// system, the same owner and group, and neither the root of a mount (bind mounts included, where the kernel
    /// tells: a rename never crosses one). False where it cannot be told.
    /// </summary>
    public static bool AreInterchangeable(string first, string second) =>
        Describe(first) is { MountRoot: false } a && Describe(second) is { MountRoot: false } b && a == b;

    /// <summary>Makes the names in a directory durable (fsync of the directory itself); best effort.</summary>
    public static void Sync(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var descriptor = NativeMethods.open(Native(directory), ReadOnly);
            if (descriptor >= 0)
            {
                _ = NativeMethods.fsync(descriptor);
                _ = NativeMethods.close(descriptor);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Without the calls the names reach the disk with the file system's next commit, as any rename's do.
        }
    }

    private static (uint DeviceMajor, uint DeviceMinor, uint Owner, uint Group, bool MountRoot)? Describe(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            if (NativeMethods.statx(CurrentDirectory, Native(path), 0, StatxBasicStats, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        // struct statx: stx_attributes at 8, stx_uid at 20, stx_gid at 24, stx_attributes_mask at 56 (which
        // attributes the kernel reports), stx_dev_major at 136, stx_dev_minor at 140; native byte order.
        uint At(int offset) => MemoryMarshal.Read<uint>(buffer.AsSpan(offset, sizeof(uint)));
        ulong Long(int offset) => MemoryMarshal.Read<ulong>(buffer.AsSpan(offset, sizeof(ulong)));
        var mountRoot = (Long(8) & Long(56) & StatxMountRoot) != 0;
        return (At(136), At(140), At(20), At(24), mountRoot);
    }

    /// <summary>A path as the C library takes it: UTF-8, ended by a zero byte.</summary>
    private static byte[] Native(string path) => Encoding.UTF8.GetBytes(path + '\0');

    private static class NativeMethods
    {
        [DllImport(LibC, SetLastError = true)]
        public static extern int renameat2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);

        [DllImport(LibC, SetLastError = true)]
        public static extern int statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);

        [DllImport(LibC, SetLastError = true)]
        public static extern int open(byte[] path, int flags);

        [DllImport(LibC, SetLastError = true)]
        public static extern int fsync(int descriptor);

        [DllImport(LibC, SetLastError = true)]
        public static extern int close(int descriptor);
    }
}
