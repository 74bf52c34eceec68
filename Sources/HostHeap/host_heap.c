// Faulting the heap in ahead of the simulation.
//
// A 150,000-pod simulation grows its heap by some 1.5 GB, and the first write to each new
// page costs a trap into the kernel, which zeroes the page: about a tenth of the simulation's
// time, on its own thread. Here glibc is asked to grow the main heap 64 MiB at a time (a
// quarter of its size, up to 256 MiB, once it is large), and a thread of its own watches the
// program break: when the heap grows, it asks the kernel to map the new pages writable at once
// (MADV_POPULATE_WRITE, Linux 5.14), which changes no byte of them, asking first for huge
// pages there (MADV_HUGEPAGE). The simulation then finds its pages there, and the zeroing is
// done on another core. The larger steps keep that thread ahead of the simulation: in the
// 150,000-pod run the simulation's own page faults fell from about 30,000 to 9,000. Nothing
// the program computes depends on it.
#define _GNU_SOURCE
#include "host_heap.h"
#if defined(__linux__)
#include <features.h>  // says whether the C library is glibc
#endif
#if defined(__linux__) && defined(__GLIBC__)
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

enum { growth_step = 64 << 20, largest_step = 256 << 20, populate_step = 4 << 20, longest_pause_ms = 64 };

// The program break, from the kernel (glibc's own copy belongs to the thread calling malloc).
static uintptr_t program_break(void) { return (uintptr_t)syscall(SYS_brk, 0); }

static void *prefault(void *unused) {
    (void)unused;
    const uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    const uintptr_t start = (program_break() + page - 1) & ~(page - 1);
    uintptr_t done = start;
    size_t pad = growth_step;
    long pause_ms = 1;
    for (;;) {
        const uintptr_t end = program_break() & ~(page - 1);
        if (end > done) {
            // Huge pages where the kernel gives them for the asking ("madvise" mode): the
            // simulation reads objects spread over a heap of a gigabyte and more, and with
            // 2 MiB pages fewer of those reads miss the TLB.
            madvise((void *)done, end - done, MADV_HUGEPAGE);
            // A step at a time from the bottom, the way malloc hands the new space out, so
            // the pages the simulation reaches first are ready first.
            for (uintptr_t from = done; from < end; from += populate_step) {
                const uintptr_t to = end - from > populate_step ? from + populate_step : end;
                if (madvise((void *)from, to - from, MADV_POPULATE_WRITE) != 0 && errno == EINVAL) {
                    return NULL;  // a kernel older than 5.14: nothing to be done
                }
            }
            done = end;
            pause_ms = 1;
            // A heap that keeps growing grows in larger steps (a quarter of its size, up to
            // largest_step), so this thread stays further ahead of the simulation.
            const size_t wanted = (end - start) / 4;
            if (wanted > pad && pad < largest_step) {
                pad = wanted < largest_step ? wanted : largest_step;
                mallopt(M_TOP_PAD, (int)pad);
            }
        } else {
            done = end;  // the same, or trimmed back
            if (pause_ms < longest_pause_ms) pause_ms *= 2;
        }
        const struct timespec pause = {0, pause_ms * 1000000L};
        nanosleep(&pause, NULL);
    }
    return NULL;
}

void host_heap_prefault_start(void) {
    if (mallopt(M_TOP_PAD, growth_step) == 0) return;
    // The thread takes no signals: Ctrl-C stays the shell's.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    pthread_t thread;
    if (pthread_create(&thread, NULL, prefault, NULL) == 0) pthread_detach(thread);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
}
#else
void host_heap_prefault_start(void) {}
#endif
