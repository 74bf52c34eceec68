#ifndef HOST_HEAP_H
#define HOST_HEAP_H

/// Starts faulting the heap's next pages in on a thread of its own, ahead of the simulation
/// (Linux with glibc; elsewhere it does nothing). See host_heap.c.
void host_heap_prefault_start(void);

#endif
