/* Cell renderers for dash-ag-grid (by name in columnDefs' cellRenderer). */
var dagcomponentfuncs = (window.dashAgGridComponentFunctions =
    window.dashAgGridComponentFunctions || {});

/* A call id as a link to its call page. */
dagcomponentfuncs.CallLink = function (props) {
    if (!props.value) {
        return null;
    }
    return React.createElement(
        "a",
        { href: "/calls/" + encodeURIComponent(props.value), className: "aqm-call-link" },
        String(props.value).slice(0, 12)
    );
};
