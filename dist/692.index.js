export const id = 692;
export const ids = [692];
export const modules = {

/***/ 10692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   llmCoordinator: () => (/* binding */ llmCoordinator)
/* harmony export */ });
/** `coordinator: llm`: not built yet in this version. */
const llmCoordinator = async () => {
    throw new Error('coordinator: llm is not built yet in this version');
};


/***/ })

};
