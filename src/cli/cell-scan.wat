;; The cell scanner of src/cli/cell-scan.ts, in WebAssembly's text format. `npm run wasm` assembles
;; it (with wabt) into src/cli/cell-scan-wasm.ts; a test checks that the two agree.
;;
;; scan(length, delimiter, marks, feeds) reads the bytes [0, length) of memory (16 more bytes must
;; be readable past them) 16 at a time, and writes, in order:
;;   - from byte offset `marks`: the position of each byte equal to `delimiter` or to a line feed
;;     (10), as an i32 (its "marks");
;;   - from byte offset `feeds`: for each line feed, the index of its mark (counted from `marks`).
;; It returns the number of marks; `feedCount` then gives the number of line feeds.
(module
  (memory (export "memory") 1)
  (global $feedCount (mut i32) (i32.const 0))
  (func (export "feedCount") (result i32) (global.get $feedCount))
  (func (export "scan") (param $length i32) (param $delimiter i32) (param $marks i32) (param $feeds i32) (result i32)
    (local $at i32) (local $found i32) (local $lineFeeds i32) (local $bit i32) (local $position i32)
    (local $mark i32) (local $feed i32) (local $delimiters v128) (local $newlines v128) (local $bytes v128)
    (local.set $delimiters (i8x16.splat (local.get $delimiter)))
    (local.set $newlines (i8x16.splat (i32.const 10)))
    (local.set $mark (local.get $marks))
    (local.set $feed (local.get $feeds))
    (block $end
      (loop $block
        (br_if $end (i32.ge_u (local.get $at) (local.get $length)))
        (local.set $bytes (v128.load (local.get $at)))
        ;; A bit per byte of the 16: set where the byte is a line feed, or either kind of mark.
        (local.set $lineFeeds (i8x16.bitmask (i8x16.eq (local.get $bytes) (local.get $newlines))))
        (local.set $found (i32.or (local.get $lineFeeds) (i8x16.bitmask (i8x16.eq (local.get $bytes) (local.get $delimiters)))))
        (block $done
          (loop $next
            (br_if $done (i32.eqz (local.get $found)))
            (local.set $bit (i32.ctz (local.get $found)))
            (local.set $position (i32.add (local.get $at) (local.get $bit)))
            ;; The last block reads past the text: its bytes there are not the text's.
            (br_if $done (i32.ge_u (local.get $position) (local.get $length)))
            (if (i32.and (i32.shr_u (local.get $lineFeeds) (local.get $bit)) (i32.const 1))
              (then
                (i32.store (local.get $feed) (i32.shr_u (i32.sub (local.get $mark) (local.get $marks)) (i32.const 2)))
                (local.set $feed (i32.add (local.get $feed) (i32.const 4)))))
            (i32.store (local.get $mark) (local.get $position))
            (local.set $mark (i32.add (local.get $mark) (i32.const 4)))
            ;; The lowest set bit cleared.
            (local.set $found (i32.and (local.get $found) (i32.sub (local.get $found) (i32.const 1))))
            (br $next)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $block)))
    (global.set $feedCount (i32.shr_u (i32.sub (local.get $feed) (local.get $feeds)) (i32.const 2)))
    (i32.shr_u (i32.sub (local.get $mark) (local.get $marks)) (i32.const 2)))
)
