//! The module's allocator: a bump allocator that starts over whenever everything it handed
//! out has been freed.
//!
//! Every call into the module allocates its input, its parse and its response, and all of it
//! is freed once JavaScript has read the response, so a bump pointer that goes back to the
//! start at that point reuses the same memory call after call. It is a fraction of the size of
//! a general allocator (the module's size budget is the reason it exists). Memory only grows
//! to the largest single call's need.
//!
//! What it relies on: every block is freed in the end. A block never freed keeps the count
//! above zero, and from then on only the top block is ever taken back, so memory would grow
//! with every call. The module frees everything it allocates; the glue's argument passing
//! allocates before it copies, so the npm package hands the glue only strings and byte arrays,
//! which it copies without fail (a value it failed to copy would leave its block behind). A
//! trap in the middle of a call also leaves that call's blocks: as after any trap, the module
//! is then to be instantiated again (none of the tests' inputs traps it).

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32::{memory_grow, memory_size};
use core::cell::Cell;
use core::ptr::null_mut;

// The cells below are unsynchronised: a build with threads (shared memory) needs another allocator.
#[cfg(target_feature = "atomics")]
compile_error!("the bump allocator is single-threaded; a build with atomics needs a thread-safe allocator");

/// The size of a WebAssembly memory page.
const PAGE: usize = 65_536;

/// The allocator's state: where the heap starts, the next free address, and how many
/// allocations are live.
pub struct Bump {
    start: Cell<usize>,
    next: Cell<usize>,
    live: Cell<usize>,
}

// The module is single-threaded (wasm32 without threads), so the cells are never shared.
#[expect(unsafe_code, reason = "a global allocator must be Sync")]
unsafe impl Sync for Bump {}

impl Bump {
    /// An allocator with nothing handed out: the heap starts at the end of the memory the
    /// module was given, on the first allocation.
    pub const fn new() -> Self {
        Self { start: Cell::new(0), next: Cell::new(0), live: Cell::new(0) }
    }

    /// Moves the top of the heap to `end`, growing the memory if needed; `false` (and the
    /// top left where it was) when the memory cannot grow that far.
    fn set_top(&self, end: usize) -> bool {
        let have = memory_size(0).saturating_mul(PAGE);
        if end > have && memory_grow(0, (end - have).div_ceil(PAGE)) == usize::MAX {
            return false;
        }
        self.next.set(end);
        true
    }

    /// Whether the block at `ptr` of `size` bytes is the top one.
    fn is_top(&self, ptr: *mut u8, size: usize) -> bool {
        ptr as usize + size == self.next.get()
    }

    /// Hands out `layout` at the top of the heap.
    fn bump(&self, layout: Layout) -> *mut u8 {
        if self.start.get() == 0 {
            let base = memory_size(0).saturating_mul(PAGE);
            self.start.set(base);
            self.next.set(base);
        }
        let mask = layout.align() - 1;
        let Some(addr) = self.next.get().checked_add(mask).map(|a| a & !mask) else { return null_mut() };
        let Some(end) = addr.checked_add(layout.size()) else { return null_mut() };
        if !self.set_top(end) {
            return null_mut();
        }
        self.live.set(self.live.get() + 1);
        addr as *mut u8
    }
}

#[expect(unsafe_code, reason = "the GlobalAlloc contract")]
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.bump(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let live = self.live.get().saturating_sub(1);
        self.live.set(live);
        if live == 0 {
            self.next.set(self.start.get());
        } else if self.is_top(ptr, layout.size()) {
            // The top block: its space is free again.
            self.next.set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if self.is_top(ptr, layout.size()) {
            // The top block grows or shrinks where it is.
            let moved = (ptr as usize).checked_add(new_size).is_some_and(|end| self.set_top(end));
            return if moved { ptr } else { null_mut() };
        }
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else { return null_mut() };
        let new = self.bump(new_layout);
        if !new.is_null() {
            // SAFETY: both blocks are live and distinct, and each holds at least the smaller size.
            unsafe { core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size)) };
            // SAFETY: `ptr` was handed out with `layout`.
            unsafe { self.dealloc(ptr, layout) };
        }
        new
    }
}
